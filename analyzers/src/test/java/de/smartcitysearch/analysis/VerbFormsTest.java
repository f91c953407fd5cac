package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Verb forms that look like compounds of nouns are recognised by their shape and the corpus's
 * evidence.
 */
class VerbFormsTest {

  private static final VerbForms VERB_FORMS = new VerbForms(WordFrequencies.builtIn());

  @Test
  void theZuInfinitiveOfASeparableVerbIsAVerbForm() {
    assertTrue(VERB_FORMS.isVerbForm("anzugreifen"), "an|zu|greifen: 'angreifen' is a word");
    assertTrue(VERB_FORMS.isVerbForm("einzuhalten"));
  }

  @Test
  void thePastParticipleOfASeparableVerbIsAVerbFormAlsoInflected() {
    assertTrue(VERB_FORMS.isVerbForm("festgehalten"));
    assertTrue(VERB_FORMS.isVerbForm("festgehaltenen"));
    assertTrue(VERB_FORMS.isVerbForm("festgestellt"));
  }

  @Test
  void presentParticiplesAreVerbForms() {
    assertTrue(VERB_FORMS.isVerbForm("belastende"), "'belasten' is a verb");
    assertTrue(VERB_FORMS.isVerbForm("drohende"));
  }

  @Test
  void theNounOfASeparableVerbIsADerivationNotACompound() {
    assertTrue(
        VERB_FORMS.isVerbForm("bereitstellung"), "from 'bereitstellen', not 'bereit' + 'Stellung'");
  }

  @Test
  void nounsThatStartLikeVerbFormsAreNone() {
    assertFalse(VERB_FORMS.isVerbForm("angebot"), "'Gebot' is a noun");
    assertFalse(VERB_FORMS.isVerbForm("umzugskosten"));
    assertFalse(VERB_FORMS.isVerbForm("abgeordnetenhaus"));
    assertFalse(VERB_FORMS.isVerbForm("jahresende"));
  }
}
