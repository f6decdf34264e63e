package de.digitaldialog.desk.ui.common.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The form skeleton on its own: dirty tracking, one-pass validation, writing, stale saves. */
class FormModelTest {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final FormModel<String> form =
            new FormModel<>(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), List.of("title", "place"));

    FormModelTest() {
        form.track(() -> List.of(String.valueOf(FormModel.text(title.get())), String.valueOf(FormModel.text(place.get()))),
                title, place);
        form.clearOnEdit("title", title);
    }

    private String assemble(Refusals refusals) {
        refusals.check(() -> Validation.requireText("place", place.get(), 10));
        Validation.requireText("title", title.get(), 20);
        return FormModel.text(title.get());
    }

    @Test
    void isCleanAfterApplyingAndDirtyWhileTheNormalisedStateDiffers() {
        form.apply("Alt", () -> title.set("Alt"));
        assertThat(form.isDirty()).isFalse();
        assertThat(form.isNewProperty().get()).isFalse();
        assertThat(form.loadedProperty().get()).isTrue();
        title.set("  Alt ");
        assertThat(form.isDirty()).as("blanks around do not count").isFalse();
        title.set("Neu");
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void showsEveryRefusedFieldInOnePassAndEditingClearsItsMessage() {
        form.apply(null, () -> { });
        assertThat(form.build(this::assemble)).isEmpty();
        assertThat(form.messages()).containsExactly(entry("title", "Pflichtfeld"), entry("place", "Pflichtfeld"));
        title.set("Titel");
        assertThat(form.messages()).containsOnlyKeys("place");
        place.set("Ort");
        assertThat(form.build(this::assemble)).contains("Titel");
        assertThat(form.messages()).isEmpty();
    }

    @Test
    void checksOneFieldWhenItIsLeft() {
        form.apply(null, () -> { });
        form.check("place", this::assemble);
        assertThat(form.messages()).containsOnlyKeys("place");
        place.set("Ort");
        form.check("place", this::assemble);
        assertThat(form.messages()).isEmpty();
    }

    @Test
    void writesAppliesWhatWasReadAndHandsTheStoredRecordOn() {
        form.apply(null, () -> { });
        title.set("Neu");
        List<String> saved = new ArrayList<>();
        form.write(() -> "Neu", record -> form.apply(record, () -> title.set(record)), saved::add);
        assertThat(saved).containsExactly("Neu");
        assertThat(form.stored()).isEqualTo("Neu");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.busyProperty().get()).isFalse();
    }

    @Test
    void aStaleWriteKeepsTheEditsUntilTheFormIsFilledAgain() {
        form.apply("Alt", () -> title.set("Alt"));
        title.set("Meins");
        List<String> saved = new ArrayList<>();
        form.write(() -> {
            throw new ConcurrentChangeException("Jan Müller", Instant.parse("2019-05-01T10:00:00Z"));
        }, record -> { }, saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.staleProperty().get()).isTrue();
        assertThat(form.problemProperty().get()).isNotEmpty();
        assertThat(form.isDirty()).isTrue();

        form.apply("Ihres", () -> title.set("Ihres"));
        assertThat(form.staleProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void textIsNullWhenBlankAndStripped() {
        assertThat(FormModel.text("  ")).isNull();
        assertThat(FormModel.text(null)).isNull();
        assertThat(FormModel.text(" a b ")).isEqualTo("a b");
    }
}
