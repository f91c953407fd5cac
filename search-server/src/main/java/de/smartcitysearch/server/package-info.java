/**
 * The HTTP server over a {@link de.smartcitysearch.search.SearchBackend}: the JSON API, the admin
 * intake and the web pages, built with Spark Java on Jetty.
 *
 * <p>Every concern is an {@link de.smartcitysearch.server.HttpFeature} — a filter (CORS, rate
 * limit, conditional GET and compression, the admin guard, the access log, error responses) or a
 * group of routes (search, curator, system, pages, documents) — and {@link
 * de.smartcitysearch.server.SearchServer} lists them in one place, in the order their filters run.
 * Parameters are validated at this boundary ({@link de.smartcitysearch.server.Params}); everything
 * behind it trusts them. Every answer is JSON through {@link de.smartcitysearch.server.Json}, every
 * refusal an {@link de.smartcitysearch.server.ApiException} with a 4xx status.
 */
package de.smartcitysearch.server;
