package dev.platter.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.benchmarks.city.CityIds.Kind;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CityTest {

    private static final City.Size SMALL = new City.Size(50, 2_000, 200, 500);
    private final City city = new City(SMALL, City.radiusFor(SMALL));

    @Test
    void makesTheSameEntityEveryTime() {
        var again = new City(SMALL, city.radiusMetres());

        assertThat(again.restaurant(17)).isEqualTo(city.restaurant(17));
        assertThat(again.customer(311)).isEqualTo(city.customer(311));
        assertThat(again.rider(42)).isEqualTo(city.rider(42));
    }

    @Test
    void keepsEarlierEntitiesWhenTheCityGrows() {
        var larger = new City(new City.Size(80, 3_200, 400, 900), city.radiusMetres());

        assertThat(larger.restaurant(17)).isEqualTo(city.restaurant(17));
        assertThat(larger.customer(311)).isEqualTo(city.customer(311));
    }

    @Test
    void givesEveryEntityAnIdOfItsOwn() {
        var ids = new HashSet<UUID>();
        int count = 0;
        for (int r = 0; r < SMALL.restaurants(); r++) {
            var restaurant = city.restaurant(r);
            ids.add(restaurant.id());
            count++;
            for (var category : restaurant.menu()) {
                ids.add(category.id());
                count++;
                for (var dish : category.dishes()) {
                    ids.add(dish.id());
                    count++;
                    for (var group : dish.groups()) {
                        ids.add(group.id());
                        count++;
                        for (var option : group.options()) {
                            ids.add(option.id());
                            count++;
                        }
                    }
                }
            }
        }
        for (int c = 0; c < SMALL.customers(); c++) {
            ids.add(city.customer(c).person().id());
            ids.add(city.customer(c).addressId());
            count += 2;
        }
        for (int i = 0; i < SMALL.riders(); i++) {
            ids.add(city.rider(i).person().id());
            count++;
        }
        assertThat(ids).hasSize(count);
    }

    @Test
    void findsTheIndexBehindAnId() {
        var customer = city.customer(123).person();

        assertThat(CityIds.indexOf(Kind.CUSTOMER, customer.id())).isEqualTo(123);
        assertThat(CityIds.indexOf(Kind.RIDER, customer.id())).isEqualTo(-1);
        assertThat(CityIds.indexOf(Kind.CUSTOMER, UUID.randomUUID())).isEqualTo(-1);
    }

    @Test
    void servesTheDishesAskedForWithARequiredChoiceInEachCategory() {
        var restaurant = city.restaurant(3);

        assertThat(restaurant.dishes()).hasSize(SMALL.dishesPerRestaurant());
        for (var category : restaurant.menu()) {
            assertThat(category.dishes().get(0).requiredChoices()).hasSize(1);
            assertThat(category.dishes().get(1).requiredChoices()).isEmpty();
        }
        assertThat(restaurant.dishes())
                .allSatisfy(dish -> assertThat(dish.priceMinor()).isPositive());
    }

    @Test
    void placesEveryoneWithinTheCity() {
        for (int i = 0; i < SMALL.restaurants(); i++) {
            assertThat(City.CENTRE.metresTo(city.restaurant(i).kitchen())).isLessThanOrEqualTo(city.radiusMetres() + 1);
        }
        for (int i = 0; i < SMALL.customers(); i++) {
            assertThat(City.CENTRE.metresTo(city.customer(i).home())).isLessThanOrEqualTo(city.radiusMetres() + 1);
        }
    }

    @Test
    void sizesTheFullCityAsTheIssueAsks() {
        var full = City.Size.FULL;

        assertThat((long) full.restaurants() * full.dishesPerRestaurant()).isEqualTo(200_000);
        assertThat(full.riders()).isEqualTo(10_000);
        assertThat(full.customers()).isEqualTo(100_000);
        assertThat(City.radiusFor(full)).isEqualTo(15_000);
    }
}
