-- wrk script: cycles through a mix of realistic German visitor queries against GET /api/search.
-- About a third carry a city filter; the words are what visitors of a smart-city event calendar type:
-- two or three words, compounds ("Datenplattform", "Glasfaserausbau"), a city in the query or as a filter.
-- Each wrk thread starts at a different point of the list so that threads do not ask in lockstep.
-- done() prints one machine-readable line that wrk-search.sh turns into its summary table.

local queries = {
  { q = "Datenplattform Kiel" },
  { q = "Smart City Konferenz" },
  { q = "Klimaanpassung", city = "Kiel" },
  { q = "Bürgerbeteiligung digital" },
  { q = "Radverkehr Karlsruhe" },
  { q = "Glasfaserausbau" },
  { q = "Digitale Verwaltung Workshop" },
  { q = "Modellprojekte Smart Cities" },
  { q = "Wissenstransfer Kommunen" },
  { q = "Urbane Datenplattform", city = "Berlin" },
  { q = "Mobilitätswende Innenstadt" },
  { q = "Open Data Hackathon" },
  { q = "Klimaschutz", city = "München" },
  { q = "Smart Country Convention" },
  { q = "Energiewende Quartier" },
  { q = "Digitaler Zwilling Stadt" },
  { q = "Breitband ländlicher Raum" },
  { q = "Künstliche Intelligenz Verwaltung" },
  { q = "Gemeinderat Haushalt" },
  { q = "Bebauungsplan", city = "Karlsruhe" },
  { q = "Carsharing Stellplätze" },
  { q = "Sensoren LoRaWAN" },
  { q = "Regionalkonferenz Stadtentwicklung" },
  { q = "Beteiligungsplattform" },
  { q = "Hitzeschutz Senioren", city = "Köln" },
  { q = "Ratssitzung", city = "Hamburg" },
  { q = "Schulen Digitalisierung" },
  { q = "Fachtag Wohnen", city = "Leipzig" },
  { q = "IT-Sicherheit Kommunen" },
  { q = "Nachhaltigkeit Innenstadt Handel", city = "Dresden" },
  { q = "Webinar Förderprogramm" },
}

-- percent-encodes a UTF-8 string for a query parameter (spaces as %20, umlauts byte by byte)
local function encode(value)
  return (value:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local paths = {}
for i, query in ipairs(queries) do
  local path = "/api/search?q=" .. encode(query.q)
  if query.city then
    path = path .. "&city=" .. encode(query.city)
  end
  paths[i] = path
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count * 7)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local next_index = nil

function init(args)
  next_index = (offset or 0) % #paths
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index], { ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "SUMMARY requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d non_2xx_3xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
