package de.digitaldialog.desk.domain;

/** The traffic light staff set on an initiative. */
public enum TrafficLight {
    GRUEN, GELB, ROT
}
