package de.digitaldialog.desk.archfixture.workspace;

/** Stands for the composition root in {@code ViewRulesTest}. */
public final class Workspace {
}
