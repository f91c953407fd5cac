package de.smartcitysearch.server;

import spark.Service;

/**
 * One concern of the HTTP server, a filter or a group of routes, that registers itself on the Spark
 * service. {@link SearchServer} lists every feature in one place, in the order its filters run.
 */
@FunctionalInterface
interface HttpFeature {

  /** Adds this feature's filters or routes to the service. */
  void register(Service http);
}
