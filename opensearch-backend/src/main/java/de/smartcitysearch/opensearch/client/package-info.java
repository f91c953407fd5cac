/**
 * The connection to an OpenSearch cluster that the writer and the query core share: OpenSearch's
 * Java client over one or more nodes, with retries after transient refusals and one clear error
 * when the cluster stays unavailable.
 */
package de.smartcitysearch.opensearch.client;
