package de.digitaldialog.desk.ui.format.list;

import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.Question;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Binds the Formate page: the list of meeting formats and the chosen one's names and colour. */
public final class FormatsController implements Page {

    private final FormatsViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorReporter errors;

    @FXML private CheckBox withRetired;
    @FXML private TableView<MeetingFormat> formats;
    @FXML private TableColumn<MeetingFormat, MeetingFormat> colorColumn;
    @FXML private TableColumn<MeetingFormat, String> nameDeColumn;
    @FXML private TableColumn<MeetingFormat, String> nameEnColumn;
    @FXML private TableColumn<MeetingFormat, String> stateColumn;
    @FXML private Label heading;
    @FXML private Label problem;
    @FXML private HBox staleBox;
    @FXML private TextField nameDeField;
    @FXML private Label nameDeError;
    @FXML private TextField nameEnField;
    @FXML private Label nameEnError;
    @FXML private ColorPicker colorField;
    @FXML private Label colorError;
    @FXML private Label changed;
    @FXML private Button saveButton;
    @FXML private Button retireButton;

    public FormatsController(FormatsViewModel viewModel, DialogService dialogs, Messages messages,
                             ErrorReporter errors) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        FormModel<MeetingFormat> form = viewModel.form();
        form.onUnexpected(errors::report);
        withRetired.selectedProperty().bindBidirectional(viewModel.withRetiredProperty());
        Tables.show(formats, viewModel.formats());
        Tables.row(colorColumn, Comparator.comparing(MeetingFormat::color));
        colorColumn.setCellFactory(column -> Tables.cell(format -> null, FormatsController::swatch,
                MeetingFormat::color));
        Tables.text(nameDeColumn, format -> viewModel.name(format, false));
        Tables.text(nameEnColumn, format -> viewModel.name(format, true));
        Tables.text(stateColumn, viewModel::state);
        formats.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null && !now.equals(form.stored())) {
                viewModel.choose(now);
            }
        });

        FormHeader.bind(form, heading, problem, staleBox);
        FormBindings.bind(nameDeField, viewModel.nameDeProperty());
        field(nameDeField, nameDeError, FormatsViewModel.NAME_DE);
        FormBindings.bind(nameEnField, viewModel.nameEnProperty());
        field(nameEnField, nameEnError, FormatsViewModel.NAME_EN);
        FormBindings.message(colorError, form.errorProperty(FormatsViewModel.COLOR));
        colorField.setValue(Color.web(viewModel.colorProperty().get()));
        colorField.valueProperty().addListener((observable, was, now) -> viewModel.colorProperty().set(hex(now)));
        viewModel.colorProperty().addListener((observable, was, now) -> {
            if (now != null && !now.equalsIgnoreCase(hex(colorField.getValue()))) {
                colorField.setValue(Color.web(now));
            }
        });
        changed.textProperty().bind(viewModel.changedProperty());
        saveButton.disableProperty().bind(form.busyProperty());
        retireButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> form.stored() == null || !form.stored().active() || form.busyProperty().get(),
                form.storedProperty(), form.busyProperty()));
    }

    private void field(Node control, Label error, String name) {
        FormBindings.message(error, viewModel.form().errorProperty(name));
        FormBindings.markInvalid(control, viewModel.form().errorProperty(name));
        FormBindings.onLeave(control, () -> viewModel.check(name));
    }

    private static Node swatch(MeetingFormat format) {
        Region swatch = new Region();
        swatch.getStyleClass().add("format-swatch");
        swatch.setStyle("-fx-background-color: " + format.color() + ";");
        swatch.setMinSize(28, 14);
        swatch.setMaxSize(28, 14);
        return swatch;
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    @FXML
    private void create() {
        formats.getSelectionModel().clearSelection();
        viewModel.choose(null);
        nameDeField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void retire() {
        if (dialogs.confirm(formats.getScene().getWindow(), Question.of("formatRetire", viewModel.retireQuestion(),
                messages.get("formats.retire")))) {
            viewModel.retire();
        }
    }

    @FXML
    private void reload() {
        viewModel.refresh();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
