package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ReferenceDataService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's name, ministry and e-mail as a form (settings and the first-start dialog): the
 * fields, their messages under the field in the UI language, and the ministries to choose from.
 * The rules are the domain's ({@link UserProfile}, {@link Validation}).
 */
public final class ProfileForm {

    /** The partners first, then the Bund. */
    private static final List<String> SUGGESTED_LANDS = List.of(Land.BAVARIA, Land.NORTH_RHINE_WESTPHALIA, Land.FEDERATION);

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty ministry = new SimpleStringProperty(this, "ministry", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper ministryError = new ReadOnlyStringWrapper(this, "ministryError", "");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper(this, "emailError", "");
    private final ObservableList<String> ministries = FXCollections.observableArrayList();
    private final Map<String, String> ministryNames = new LinkedHashMap<>();

    public ProfileForm(Messages messages) {
        this.messages = messages;
    }

    public void load(UserProfile profile) {
        name.set(profile == null ? "" : profile.name());
        ministry.set(profile == null || profile.ministry() == null ? "" : profile.ministry());
        email.set(profile == null || profile.email() == null ? "" : profile.email());
        nameError.set("");
        ministryError.set("");
        emailError.set("");
    }

    /** Reads the ministries to suggest; runs in the background. */
    public static Map<String, String> suggestions(ReferenceDataService referenceData, Messages messages) {
        Map<UUID, Integer> rank = referenceData.lands().stream()
                .filter(land -> SUGGESTED_LANDS.contains(land.code()))
                .collect(Collectors.toMap(Land::id, land -> SUGGESTED_LANDS.indexOf(land.code())));
        LocalDate today = LocalDate.now(Formats.ZONE);
        Map<String, String> names = new LinkedHashMap<>();
        referenceData.ministries().stream()
                .filter(row -> rank.containsKey(row.landId()) && row.isValidOn(today))
                .sorted(Comparator.comparing((Ministry row) -> rank.get(row.landId()))
                        .thenComparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .forEach(row -> names.putIfAbsent(row.abbreviation(), row.name().in(messages.locale())));
        return names;
    }

    public void suggest(Map<String, String> names) {
        ministryNames.clear();
        ministryNames.putAll(names);
        ministries.setAll(names.keySet());
    }

    /** "StMD – Bayerisches Staatsministerium für Digitales" for the list. */
    public String ministryLabel(String abbreviation) {
        String full = ministryNames.get(abbreviation);
        return full == null ? abbreviation : abbreviation + " – " + full;
    }

    public boolean validateName() {
        return check(nameError, () -> Validation.requireText("name", name.get(), 200));
    }

    public boolean validateMinistry() {
        return check(ministryError, () -> {
            if (!blank(ministry.get())) {
                Validation.requireText("ministry", ministry.get(), 200);
            }
        });
    }

    public boolean validateEmail() {
        return check(emailError, () -> Validation.requireEmailOrEmpty("email", email.get()));
    }

    /** Every field checked, every message shown; the profile when all are right. */
    public Optional<UserProfile> validate() {
        boolean ok = validateName() & validateMinistry() & validateEmail();
        if (!ok) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserProfile(name.get().strip(), blank(ministry.get()) ? null : ministry.get().strip(),
                    blank(email.get()) ? null : email.get().strip()));
        } catch (ValidationException e) {
            show(e);
            return Optional.empty();
        }
    }

    /** A rule broken below (e.g. by the service): its message goes under its field. */
    public boolean show(ValidationException error) {
        String text = messages.of(error);
        switch (error.field() == null ? "" : error.field()) {
            case "name" -> nameError.set(text);
            case "ministry" -> ministryError.set(text);
            case "email" -> emailError.set(text);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean check(ReadOnlyStringWrapper error, Runnable rule) {
        try {
            rule.run();
            error.set("");
            return true;
        } catch (ValidationException e) {
            error.set(messages.of(e));
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public BooleanBinding nameMissingBinding() {
        return Bindings.createBooleanBinding(() -> blank(name.get()), name);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty ministryProperty() {
        return ministry;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ministryErrorProperty() {
        return ministryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    public ObservableList<String> ministries() {
        return ministries;
    }
}
