/**
 * Search clusters as an alternative home of the events: the interface a cluster module implements
 * and the command line finds on the class path.
 */
package de.smartcitysearch.cluster;
