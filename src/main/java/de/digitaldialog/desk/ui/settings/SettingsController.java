package de.digitaldialog.desk.ui.settings;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.ui.backup.BackupsController;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.ProfileFields;
import de.digitaldialog.desk.ui.common.ProfileForm;
import de.digitaldialog.desk.ui.encryption.EncryptionController;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;

/** Binds the settings page to its view model. */
public final class SettingsController implements Page {

    private final SettingsViewModel viewModel;
    private final Messages messages;

    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private ComboBox<String> ministryField;
    @FXML
    private Label ministryError;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailError;
    @FXML
    private Button saveProfile;
    @FXML
    private Label profileNotice;
    @FXML
    private Label installationText;
    @FXML
    private TextField codeField;
    @FXML
    private Button saveCode;
    @FXML
    private Label codeError;
    @FXML
    private Label codeHint;
    @FXML
    private Label installationNotice;
    @FXML
    private ComboBox<Locale> languageField;
    @FXML
    private Label restartNote;
    @FXML
    private RadioButton lightTheme;
    @FXML
    private RadioButton darkTheme;
    @FXML
    private TextField folderField;
    /** Einstellungen → Verschlüsselung and → Sicherungen, views of their own included in this page. */
    @FXML
    private EncryptionController encryptionController;
    @FXML
    private BackupsController backupsController;

    public SettingsController(SettingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ProfileForm profile = viewModel.profile();
        ProfileFields.bind(profile, nameField, nameError, ministryField, ministryError, emailField, emailError);
        FormBindings.onLeave(nameField, profile::validateName);
        FormBindings.onLeave(ministryField.getEditor(), profile::validateMinistry);
        saveProfile.disableProperty().bind(viewModel.savingProperty());
        notice(profileNotice, viewModel.profileNoticeProperty());

        installationText.textProperty().bind(viewModel.installationTextProperty());
        FormBindings.bind(codeField, viewModel.installationCodeProperty());
        codeField.disableProperty().bind(viewModel.codeEditableProperty().not());
        saveCode.disableProperty().bind(viewModel.codeEditableProperty().not().or(viewModel.savingProperty()));
        FormBindings.message(codeError, viewModel.installationErrorProperty());
        FormBindings.markInvalid(codeField, viewModel.installationErrorProperty());
        codeHint.textProperty().bind(Bindings.when(viewModel.codeEditableProperty())
                .then(messages.get("settings.installation.editable"))
                .otherwise(messages.get("settings.installation.fixed")));
        notice(installationNotice, viewModel.installationNoticeProperty());

        languageField.getItems().setAll(viewModel.languages());
        languageField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return viewModel.languageName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        languageField.valueProperty().bindBidirectional(viewModel.languageProperty());
        restartNote.visibleProperty().bind(viewModel.restartNeededBinding());
        restartNote.managedProperty().bind(restartNote.visibleProperty());

        ToggleGroup themes = new ToggleGroup();
        lightTheme.setToggleGroup(themes);
        darkTheme.setToggleGroup(themes);
        lightTheme.setUserData(Preferences.Theme.LIGHT);
        darkTheme.setUserData(Preferences.Theme.DARK);
        selectTheme(themes, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, was, now) -> selectTheme(themes, now));
        themes.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                viewModel.themeProperty().set((Preferences.Theme) now.getUserData());
            }
        });

        folderField.setText(viewModel.dataFolder());
    }

    private static void notice(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
    }

    private void selectTheme(ToggleGroup group, Preferences.Theme theme) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == theme).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    @FXML
    private void saveProfile() {
        viewModel.saveProfile();
    }

    @FXML
    private void saveCode() {
        viewModel.saveInstallationCode();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
        encryptionController.refresh();
        backupsController.refresh();
    }
}
