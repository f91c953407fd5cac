/**
 * The public relevance regression suite: collections built from the real data in the shared folder,
 * judged only from the data's own fields, searched by the product and by stock Lucene on the same
 * documents in the same run.
 *
 * <p>{@link de.smartcitysearch.bench.relevance.RelevanceRun} is the command-line entry ({@code
 * bench/run.sh relevance}); {@link de.smartcitysearch.bench.relevance.RelevanceSuite} runs the
 * collections; each collection is written by one class ({@code PaperCollection}, {@code
 * MeetingCollection}, {@code ListingCollection}, {@code QuestionCollection}, {@code
 * LawQuestionCollection}) from the data readers beside them.
 */
package de.smartcitysearch.bench.relevance;
