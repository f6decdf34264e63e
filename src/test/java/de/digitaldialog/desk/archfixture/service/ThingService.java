package de.digitaldialog.desk.archfixture.service;

/** Stands for a service in {@code ViewRulesTest}. */
public final class ThingService {
}
