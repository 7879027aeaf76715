package dev.platter.restaurant.menu;

/** What kind of dish it is, as Indian menus mark it. */
public enum Diet {
    /** Vegetarian: no meat, fish or egg. */
    VEG,
    /** Contains meat, fish or egg. */
    NON_VEG,
    /** No animal products at all. */
    VEGAN
}
