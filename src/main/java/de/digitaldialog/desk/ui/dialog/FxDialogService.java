package de.digitaldialog.desk.ui.dialog;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.ui.common.FirstField;
import de.digitaldialog.desk.ui.common.ViewLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The dialogs of the real window: JavaFX dialogs owned by the asking window, in the window's style. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final ErrorDialog errors;

    public FxDialogService(Messages messages) {
        this.messages = messages;
        this.errors = new ErrorDialog(messages);
    }

    @Override
    public boolean confirm(Window owner, Question question) {
        Label text = new Label(question.text());
        text.setWrapText(true);
        text.setMaxWidth(480);
        ButtonType confirm = new ButtonType(question.confirm(), ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, question.id(), question.title(), question.header(), text,
                confirm, question.cancel() != null ? question.cancel() : messages.get("dialog.cancel"));
        return dialog.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean ask(Window owner, Prompt prompt) {
        ButtonType confirm = confirmButton(prompt);
        return build(owner, prompt, confirm).showAndWait().filter(answer -> answer == confirm).isPresent();
    }

    @Override
    public void open(Window owner, Prompt prompt) {
        build(owner, prompt, confirmButton(prompt)).show();
    }

    private static ButtonType confirmButton(Prompt prompt) {
        return prompt.confirm() == null ? null : new ButtonType(prompt.confirm(), ButtonData.OK_DONE);
    }

    private Dialog<ButtonType> build(Window owner, Prompt prompt, ButtonType confirm) {
        String back = prompt.back() != null ? prompt.back()
                : messages.get(confirm == null ? "dialog.close" : "dialog.cancel");
        Dialog<ButtonType> dialog = dialog(owner, prompt.id(), prompt.title(), prompt.header(), prompt.content(),
                confirm, back);
        if (prompt.graphic() != null) {
            dialog.setGraphic(prompt.graphic());
        }
        dialog.setOnShown(event -> FirstField.focus(dialog.getDialogPane()));
        if (prompt.closer() != null) {
            prompt.closer().accept(dialog::close);
        }
        if (confirm != null) {
            Node button = dialog.getDialogPane().lookupButton(confirm);
            if (prompt.invalid() != null) {
                button.disableProperty().bind(BooleanExpression.booleanExpression(prompt.invalid()));
            }
            if (prompt.onConfirm() != null) {
                button.addEventFilter(ActionEvent.ACTION, event -> {
                    event.consume();
                    prompt.onConfirm().accept(() -> {
                        dialog.setResult(confirm);
                        dialog.close();
                    });
                });
            }
        }
        return dialog;
    }

    @Override
    public Optional<String> askReason(Window owner, ReasonPrompt prompt) {
        TextArea reason = new TextArea();
        reason.setId("reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label reasonLabel = new Label(prompt.reasonLabel());
        reasonLabel.setLabelFor(reason);
        VBox content = new VBox(6);
        BooleanExpression missing = Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                reason.textProperty());
        if (prompt.choice() != null) {
            Label choiceLabel = new Label(prompt.choiceLabel());
            choiceLabel.setLabelFor(prompt.choice());
            content.getChildren().addAll(choiceLabel, prompt.choice());
            missing = missing.or(BooleanExpression.booleanExpression(prompt.choiceMissing()));
        }
        content.getChildren().addAll(reasonLabel, reason);
        ButtonType confirm = new ButtonType(prompt.confirm(), ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, prompt.id(), prompt.title(), prompt.header(), content, confirm,
                messages.get("dialog.cancel"));
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.disableProperty().bind(missing);
        // a step taken on a reason: Return in the choice must not take it, the reason is typed first
        confirmButton.setDefaultButton(false);
        dialog.setOnShown(event -> FirstField.focus(dialog.getDialogPane()));
        return dialog.showAndWait().filter(confirm::equals).map(ok -> reason.getText().strip())
                .filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<Passphrase> askPassphrase(Window owner, String text, String problem) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(440);
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        label.setLabelFor(field);
        VBox content = new VBox(8, label);
        if (problem != null) {
            Label refused = new Label(problem);
            refused.setId("passphraseProblem");
            refused.setWrapText(true);
            refused.getStyleClass().add("field-error");
            content.getChildren().add(refused);
        }
        content.getChildren().add(field);
        ButtonType unlock = new ButtonType(messages.get("passphrase.unlock"), ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, "passphraseDialog", messages.get("passphrase.title"), null,
                content, unlock, messages.get("passphrase.quit"));
        dialog.getDialogPane().lookupButton(unlock).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        boolean confirmed = dialog.showAndWait().filter(unlock::equals).isPresent();
        char[] typed = field.getText().toCharArray();
        field.clear();
        try {
            return confirmed ? Optional.of(Passphrase.of(typed)) : Optional.empty();
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    @Override
    public Unsaved askUnsaved(Window owner, String title, String text) {
        ButtonType save = new ButtonType(messages.get("dialog.unsaved.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.unsaved.discard"), ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        own(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(text);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("unsavedDialog");
        style(pane);
        pane.getButtonTypes().setAll(save, discard, stay);
        pane.lookupButton(save).setId("unsavedSave");
        pane.lookupButton(discard).setId("unsavedDiscard");
        pane.lookupButton(stay).setId("unsavedCancel");
        ButtonType answer = dialog.showAndWait().orElse(stay);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.STAY;
    }

    @Override
    public void inform(Window owner, String title, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        dialog(owner, "informDialog", title, null, label, null, messages.get("dialog.close")).showAndWait();
    }

    @Override
    public void showError(Window owner, String header, Throwable error, Runnable onClosed) {
        Dialog<ButtonType> dialog = errors.create(owner, error);
        if (header != null) {
            dialog.setHeaderText(header);
        }
        dialog.setOnHidden(event -> onClosed.run());
        dialog.show();
    }

    @Override
    public Optional<Path> saveFile(Window owner, FileRequest request) {
        FileChooser chooser = chooser(request);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = chosen.toPath();
        FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
        if (selected != null && !file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + selected.getExtensions().get(0).substring(1));
        }
        return Optional.of(file);
    }

    @Override
    public Optional<Path> openFile(Window owner, FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        request.types().forEach(type -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(type.label(), "*." + type.extension())));
        return chooser;
    }

    /** A dialog in the window's style: title, header, content, the confirm button (if any) and a way back. */
    private static Dialog<ButtonType> dialog(Window owner, String id, String title, String header, Node content,
                                             ButtonType confirm, String back) {
        Dialog<ButtonType> dialog = new Dialog<>();
        own(dialog, owner);
        if (title != null) {
            dialog.setTitle(title);
        }
        dialog.setHeaderText(header);
        DialogPane pane = dialog.getDialogPane();
        if (id != null) {
            pane.setId(id);
        }
        style(pane);
        pane.setContent(content);
        ButtonType cancel = new ButtonType(back, ButtonData.CANCEL_CLOSE);
        if (confirm != null) {
            pane.getButtonTypes().setAll(confirm, cancel);
            if (id != null) {
                pane.lookupButton(confirm).setId(id + "Confirm");
            }
        } else {
            pane.getButtonTypes().setAll(cancel);
        }
        return dialog;
    }

    private static void style(DialogPane pane) {
        pane.getStylesheets().add(ViewLoader.stylesheet());
        pane.getStyleClass().add("desk-dialog");
    }

    /**
     * Owned by the asking window, or by the window under it when that one has just closed (the
     * question after a dialog's step), and centred on it once shown and whenever its size settles:
     * JavaFX places it before the wrapped text has its size, and so off-centre.
     */
    private static void own(Dialog<?> dialog, Window asking) {
        Window owner = asking;
        while (owner != null && !owner.isShowing()) {
            owner = owner instanceof Stage stage ? stage.getOwner() : null;
        }
        if (owner == null) {
            return;
        }
        dialog.initOwner(owner);
        Window window = dialog.getDialogPane().getScene().getWindow();
        Window centre = owner;
        ChangeListener<Number> resized = (observable, was, now) -> centre(window, centre);
        Runnable grow = () -> growToContent(dialog.getDialogPane(), window);
        Scene scene = dialog.getDialogPane().getScene();
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            centre(window, centre);
            window.widthProperty().addListener(resized);
            window.heightProperty().addListener(resized);
            scene.addPostLayoutPulseListener(grow);
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> scene.removePostLayoutPulseListener(grow));
    }

    /**
     * Content filled in after the dialog opened (a heading loaded in the background) would push the
     * buttons out of the window, which JavaFX sizes only once: the window grows to take it.
     */
    private static void growToContent(DialogPane pane, Window window) {
        if (pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight() + 1) {
            window.sizeToScene();
        }
    }

    private static void centre(Window window, Window owner) {
        window.setX(owner.getX() + (owner.getWidth() - window.getWidth()) / 2);
        window.setY(owner.getY() + (owner.getHeight() - window.getHeight()) / 2);
    }
}
