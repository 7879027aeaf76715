package dev.platter.restaurant.menu;

/** The allergens a dish may contain (the fourteen that labelling rules commonly list). */
public enum Allergen {
    /** Wheat, barley, rye, oats. */
    GLUTEN,
    /** Crustaceans such as prawns. */
    CRUSTACEANS,
    /** Eggs. */
    EGG,
    /** Fish. */
    FISH,
    /** Peanuts. */
    PEANUTS,
    /** Soya. */
    SOY,
    /** Milk and milk products (paneer, ghee, butter). */
    DAIRY,
    /** Tree nuts (cashew, almond, pistachio). */
    NUTS,
    /** Celery. */
    CELERY,
    /** Mustard. */
    MUSTARD,
    /** Sesame. */
    SESAME,
    /** Sulphites. */
    SULPHITES,
    /** Lupin. */
    LUPIN,
    /** Molluscs. */
    MOLLUSCS
}
