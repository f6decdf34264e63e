package de.digitaldialog.desk.ui.person.quick;

import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * "Neue Person …" beside every person picker: a small dialog (first name, last name, ministry)
 * prefilled with what the user last searched for in the picker, which creates the person and
 * hands it to the picker to add to its options and choose. Get it from the controller factory
 * and {@link #attach} it to the picker's button.
 */
public final class QuickPerson {

    /** The search field ControlsFX's SearchableComboBox shows while the user types. */
    private static final String SEARCH_FIELD = ".combo-box-search";

    private final ViewLoader views;
    private final DialogService dialogs;
    private final Messages messages;

    public QuickPerson(ViewLoader views, DialogService dialogs, Messages messages) {
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * The button opens the dialog; {@code created} gets the new person. The search text of the
     * picker (null: none) prefills the name: the picker clears it when it loses the focus, so it
     * is kept as the user types.
     */
    public void attach(Button button, ComboBox<?> picker, Consumer<Person> created) {
        String[] searched = {""};
        if (picker != null) {
            picker.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
                if (picker.lookup(SEARCH_FIELD) instanceof TextField search && search.isFocused()) {
                    searched[0] = search.getText();
                }
            });
        }
        button.setOnAction(event -> open(button.getScene().getWindow(), searched[0], created));
    }

    /** Opens the dialog with the name prefilled from {@code searched}. */
    public void open(Window owner, String searched, Consumer<Person> created) {
        View<QuickPersonController> view = views.load(QuickPersonController.class);
        QuickPersonViewModel viewModel = view.controller().viewModel();
        viewModel.prefill(searched);
        dialogs.ask(owner, Prompt.of("quickPerson", messages.get("quickPerson.title"), view.root())
                .header(messages.get("quickPerson.header"))
                .confirm(messages.get("quickPerson.create"))
                .disabledWhile(viewModel.lastNameProperty().isEmpty())
                .onConfirm(close -> viewModel.create(person -> {
                    close.run();
                    created.accept(person);
                })));
    }
}
