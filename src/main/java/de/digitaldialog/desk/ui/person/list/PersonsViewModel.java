package de.digitaldialog.desk.ui.person.list;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.PersonFilter;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Personen page: every person the search finds, by name; those whose "aktiv bis" has passed
 * only on request. A person is deleted only while nothing refers to them; otherwise the service
 * refuses and the page says to retire them instead.
 */
public final class PersonsViewModel {

    private record Read(List<Person> persons, List<Ministry> ministries, List<Land> lands) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final PersonService persons;
    private final ReferenceDataService referenceData;
    private final TrashService trash;
    private final WorkspaceModel model;
    private final Formats formats;
    private final ObservableList<Person> shown = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty withRetired = new SimpleBooleanProperty(this, "withRetired");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<UUID, Ministry> ministriesById = Map.of();
    private Map<UUID, Land> landsById = Map.of();

    public PersonsViewModel(Messages messages, TaskExecutor executor, PersonService persons,
                            ReferenceDataService referenceData, TrashService trash, WorkspaceModel model) {
        this.messages = messages;
        this.executor = executor;
        this.persons = persons;
        this.referenceData = referenceData;
        this.trash = trash;
        this.model = model;
        this.formats = Formats.of(messages.locale());
        search.addListener((observable, was, now) -> refresh());
        withRetired.addListener((observable, was, now) -> refresh());
    }

    /** Reads the persons the search finds (retired ones too; the filter hides them here). */
    public void refresh() {
        PersonFilter filter = new PersonFilter(search.get(), null, null, null, true);
        BackgroundTask.wrap(() -> new Read(persons.search(filter), referenceData.ministries(), referenceData.lands()))
                .onSuccess(this::show)
                .executeWith(executor);
    }

    private void show(Read read) {
        ministriesById = read.ministries().stream().collect(Collectors.toMap(Ministry::id, Function.identity()));
        landsById = read.lands().stream().collect(Collectors.toMap(Land::id, Function.identity()));
        LocalDate today = today();
        shown.setAll(read.persons().stream().filter(p -> withRetired.get() || !isRetired(p, today)).toList());
        summary.set(messages.get("persons.summary", shown.size()));
    }

    private static boolean isRetired(Person person, LocalDate day) {
        return person.activeTo() != null && person.activeTo().isBefore(day);
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    /**
     * Deletes the person as loaded; {@code refused} gets the message when the service refuses
     * (still referenced, or changed meanwhile), {@code unexpected} any other failure. The page and
     * the counts reload after a deletion.
     */
    public void delete(Person person, Consumer<String> refused, Consumer<Throwable> unexpected) {
        BackgroundTask.wrap(() -> trash.delete(DeletionKind.PERSON, person.id(), person.audit().version()))
                .onSuccess(deletion -> {
                    refresh();
                    model.changed();
                })
                .onFailure(error -> {
                    if (error instanceof DeskException known) {
                        refused.accept(messages.of(known));
                    } else {
                        unexpected.accept(error);
                    }
                })
                .executeWith(executor);
    }

    // --- labels -----------------------------------------------------------------------------

    public String ministry(Person person) {
        Ministry ministry = person.ministryId() == null ? null : ministriesById.get(person.ministryId());
        return ministry == null ? "" : ministry.abbreviation();
    }

    public String land(Person person) {
        Land land = person.landId() == null ? null : landsById.get(person.landId());
        return land == null ? "" : land.name().in(messages.locale());
    }

    /** The last active day, marked when it has passed. */
    public String activeTo(Person person) {
        if (person.activeTo() == null) {
            return "";
        }
        String day = formats.date(person.activeTo());
        return isRetired(person, today()) ? messages.get("persons.retired", day) : day;
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    // --- properties -------------------------------------------------------------------------

    public ObservableList<Person> persons() {
        return shown;
    }

    /** Free text: name, academic title, function or number. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Also the persons whose "aktiv bis" has passed. */
    public BooleanProperty withRetiredProperty() {
        return withRetired;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
