/**
 * The OpenSearch backend as the command line finds it: the {@link
 * de.smartcitysearch.cluster.SearchCluster} of OpenSearch.
 */
package de.smartcitysearch.opensearch;
