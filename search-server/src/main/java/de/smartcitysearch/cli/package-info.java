/**
 * The command line, {@code ./smartcity-search} ({@link de.smartcitysearch.cli.SmartCitySearchCli}):
 * {@code analyze}, {@code index}, {@code search} and {@code serve}, each a picocli command that
 * checks its options, names bad input with exit code 2 and failures while working with exit code 1.
 */
package de.smartcitysearch.cli;
