package de.smartcitysearch.bench.corpus;

/**
 * A municipality of the official register: display name, Land and population.
 *
 * @param name the official name before the first comma ("Kiel" for "Kiel, Landeshauptstadt")
 * @param bundesland the Land
 * @param population inhabitants on 31.12.2024
 */
public record Municipality(String name, String bundesland, long population) {}
