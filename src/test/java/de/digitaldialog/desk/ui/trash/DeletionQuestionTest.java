package de.digitaldialog.desk.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import de.digitaldialog.desk.domain.DeletionPreview;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.dialog.Question;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wording of "Löschen …" in both languages, singular and plural; no toolkit needed. */
class DeletionQuestionTest {

    private static final DeletionQuestion GERMAN = new DeletionQuestion(Messages.of(Locale.GERMAN));
    private static final DeletionQuestion ENGLISH = new DeletionQuestion(Messages.of(Locale.ENGLISH));

    private static DeletionPreview meeting(int tops, int decisions, int actionItems) {
        return new DeletionPreview(DeletionKind.MEETING, UUID.randomUUID(), "SIT-BY1-0001", "Kabinettssitzung",
                Map.of(DeletionPart.AGENDA_ITEMS, tops, DeletionPart.DECISIONS, decisions,
                        DeletionPart.ACTION_ITEMS, actionItems, DeletionPart.PARTICIPANTS, 12));
    }

    @Test
    void aMeetingNamesItsTopsDecisionsAndActionItemsInThePlural() {
        Question german = GERMAN.ask(meeting(3, 2, 4));
        Question english = ENGLISH.ask(meeting(3, 2, 4));

        assertThat(german.text())
                .isEqualTo("Sitzung SIT-BY1-0001 „Kabinettssitzung“ mit 3 TOPs, 2 Beschlüssen und 4 Aufträgen löschen?");
        assertThat(german.confirm()).isEqualTo("Löschen");
        assertThat(english.text()).isEqualTo(
                "Delete meeting SIT-BY1-0001 \"Kabinettssitzung\" with 3 agenda items, 2 decisions and 4 action items?");
        assertThat(english.confirm()).isEqualTo("Delete");
    }

    @Test
    void oneOfEachIsSingularAndWhatIsNotThereIsNotNamed() {
        assertThat(GERMAN.ask(meeting(1, 1, 1)).text())
                .isEqualTo("Sitzung SIT-BY1-0001 „Kabinettssitzung“ mit 1 TOP, 1 Beschluss und 1 Auftrag löschen?");
        assertThat(ENGLISH.ask(meeting(1, 1, 0)).text())
                .isEqualTo("Delete meeting SIT-BY1-0001 \"Kabinettssitzung\" with 1 agenda item and 1 decision?");
        assertThat(GERMAN.ask(meeting(2, 0, 0)).text())
                .isEqualTo("Sitzung SIT-BY1-0001 „Kabinettssitzung“ mit 2 TOPs löschen?");
    }

    @Test
    void aRecordWithoutNumberOrPartsIsNamedByItsTitle() {
        DeletionPreview actionItem = new DeletionPreview(DeletionKind.ACTION_ITEM, UUID.randomUUID(), null,
                "Eckpunkte vorlegen", Map.of());
        DeletionPreview initiative = new DeletionPreview(DeletionKind.INITIATIVE, UUID.randomUUID(), "INI-NW1-0004",
                "KI-Reallabor", Map.of(DeletionPart.MILESTONES, 1, DeletionPart.ATTACHMENTS, 2));

        assertThat(GERMAN.ask(actionItem).text()).isEqualTo("Auftrag „Eckpunkte vorlegen“ löschen?");
        assertThat(ENGLISH.ask(actionItem).text()).isEqualTo("Delete action item \"Eckpunkte vorlegen\"?");
        assertThat(GERMAN.ask(initiative).text())
                .isEqualTo("Initiative INI-NW1-0004 „KI-Reallabor“ mit 2 Anlagen und 1 Meilenstein löschen?");
        assertThat(ENGLISH.ask(initiative).text())
                .isEqualTo("Delete initiative INI-NW1-0004 \"KI-Reallabor\" with 2 attachments and 1 milestone?");
    }
}
