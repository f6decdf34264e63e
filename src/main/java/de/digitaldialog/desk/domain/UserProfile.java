package de.digitaldialog.desk.domain;

/** The person working at this installation; recorded on every change they make. */
public record UserProfile(String name, String ministry, String email) {

    public UserProfile {
        new Violations()
                .requireText("name", name, 200)
                .requireEmailOrEmpty("email", email)
                .throwIfAny();
    }

    /** "Name (Ministry)" as it appears in created_by and the status history. */
    public String signature() {
        return ministry == null || ministry.isBlank() ? name : name + " (" + ministry + ")";
    }
}
