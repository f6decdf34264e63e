package de.digitaldialog.desk.ui;

import java.util.List;
import java.util.ServiceLoader;
import org.kordamp.ikonli.IkonHandler;
import org.slf4j.LoggerFactory;

/**
 * Loads what the first frame needs (icon tables, the FXML loader, controls and their skins) on a
 * thread of its own while the toolkit starts, so the FX thread finds it ready. Needs no toolkit:
 * classes are loaded, not initialised, and icons are only looked up.
 */
final class WarmUp {

    private static final List<String> ICONS = List.of("mdi2v-view-dashboard-outline", "mdi2l-lightbulb-on-outline",
            "mdi2c-calendar-month-outline", "mdi2s-star-outline", "mdi2c-cog-outline", "mdi2f-folder-outline",
            "mdi2a-account-outline", "mdi2l-laptop", "mdi2d-database-outline", "mdi2b-brain", "mdi2s-server-network",
            "mdi2b-bank-outline", "mdi2b-briefcase-outline", "mdi2s-school-outline", "mdi2h-hospital-box-outline",
            "mdi2s-shield-lock-outline", "mdi2c-car-connected");

    private static final List<String> CLASSES = List.of("javafx.fxml.FXMLLoader",
            "com.sun.javafx.fxml.BeanAdapter", "javafx.fxml.JavaFXBuilderFactory",
            "javafx.scene.control.skin.ToggleButtonSkin", "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.ProgressBarSkin", "javafx.scene.control.skin.ProgressIndicatorSkin",
            "javafx.scene.control.skin.SeparatorSkin", "javafx.scene.control.Tooltip",
            "org.kordamp.ikonli.javafx.FontIcon", "atlantafx.base.theme.PrimerLight",
            "de.digitaldialog.desk.ui.shell.ShellController", "de.digitaldialog.desk.ui.overview.OverviewController",
            "de.digitaldialog.desk.ui.overview.OverviewViewModel");

    private WarmUp() {
    }

    static void start() {
        Thread thread = new Thread(WarmUp::run, "desk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            ClassLoader loader = WarmUp.class.getClassLoader();
            for (String name : CLASSES) {
                Class.forName(name, false, loader);
            }
            for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
                for (String icon : ICONS) {
                    if (handler.supports(icon)) {
                        handler.resolve(icon);
                    }
                }
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(WarmUp.class).debug("Warm-up incomplete", e);
        }
    }
}
