-- A synthetic Bengaluru catalogue for the search benchmark, written straight into search-service's replica
-- (catalogue_restaurants): :restaurants restaurants with :dishes dishes each, spread over 30 x 30 km, every one
-- marked not yet indexed, so the service's own indexer bulk-writes the documents (no events, no Kafka).
-- Usage: psql -v restaurants=5000 -v dishes=40 -f catalogue.sql <database>
\set ON_ERROR_STOP on
create temporary table words (kind text, i int, word text);
insert into words
select 'cuisine', ordinality, word from unnest(array['North Indian','South Indian','Biryani','Chinese','Pizza',
    'Italian','Burgers','Desserts','Bakery','Kerala','Chettinad','Mughlai','Street Food','Thai','Japanese','Healthy',
    'Cafe','Andhra','Bengali','Mexican']) with ordinality as t(word, ordinality)
union all
select 'adjective', ordinality, word from unnest(array['Royal','Golden','Spice','Green','Urban','Little','Grand',
    'Happy','Classic','Fresh','Red','Blue','Silver','Lucky','Old','New','Tasty','Hungry','Crispy','Smoky'])
    with ordinality as t(word, ordinality)
union all
select 'noun', ordinality, word from unnest(array['Kitchen','House','Garden','Corner','Point','Cafe','Bistro',
    'Dhaba','Express','Junction','Table','Pot','Grill','Bowl','Oven','Tiffins','Wok','Plate','Spoon','Hut'])
    with ordinality as t(word, ordinality)
union all
select 'dish', ordinality, word from unnest(array['Paneer Tikka','Butter Chicken','Chicken Biryani','Veg Biryani',
    'Masala Dosa','Idli Sambar','Margherita Pizza','Pepperoni Pizza','Veg Hakka Noodles','Chilli Paneer',
    'Chicken Manchurian','Cheeseburger','Veggie Burger','French Fries','Chocolate Brownie','Gulab Jamun',
    'Dal Makhani','Garlic Naan','Tandoori Chicken','Fish Curry','Malabar Parotta','Mutton Rogan Josh','Pad Thai',
    'Green Curry','Salmon Sushi','Ramen','Quinoa Salad','Cold Coffee','Masala Chai','Pav Bhaji','Pani Puri',
    'Chole Bhature','Egg Roll','Chicken Shawarma','Falafel Wrap','Tacos','Nachos','Tiramisu','Cheesecake',
    'Mango Lassi']) with ordinality as t(word, ordinality)
union all
select 'modifier', ordinality, word from unnest(array['Classic','Special','Spicy','Smoked','Jumbo','Mini',
    'Homestyle','Tandoori','Double','Loaded']) with ordinality as t(word, ordinality);

select setseed(0.42);

insert into catalogue_restaurants (restaurant_id, profile, profile_version, accepting_orders, availability_version,
    dishes, menu_version, rating_average, rating_count, orders_count, revision, indexed_revision, updated_at)
select gen_random_uuid(),
       jsonb_build_object(
           'name', a.word || ' ' || n.word || ' ' || r,
           'description', 'Serving ' || c1.word || ' and ' || c2.word,
           'cuisines', jsonb_build_array(c1.word, c2.word),
           'city', 'Bengaluru',
           'lat', 12.835 + random() * 0.27,
           'lon', 77.455 + random() * 0.28,
           'zoneId', 'Asia/Kolkata',
           'currency', 'INR',
           'deliveryRadiusMetres', (3 + r % 6) * 1000,
           'minimumOrderMinor', 19900,
           'averagePrepMinutes', 10 + r % 35,
           'openingHours', (select jsonb_agg(jsonb_build_object('day', d, 'opens', '07:00', 'closes', '23:30'))
                            from unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY',
                                              'SUNDAY']) d),
           'published', true,
           'imageUrl', null),
       1, true, 1,
       (select jsonb_agg(jsonb_build_object(
                   'id', gen_random_uuid(),
                   'name', m.word || ' ' || dish.word,
                   'description', null,
                   'category', 'Mains',
                   'priceMinor', 6000 + ((r * 31 + k * 17) % 45) * 1000,
                   'available', true,
                   'veg', dish.i not in (2, 3, 8, 11, 12, 19, 20, 22, 25, 26, 33, 34, 36),
                   'vegan', false,
                   'tags', case when dish.i not in (2, 3, 8, 11, 12, 19, 20, 22, 25, 26, 33, 34, 36)
                                then '["vegetarian"]'::jsonb else '[]'::jsonb end,
                   'imageUrl', null))
        from generate_series(1, :dishes) k
        join words dish on dish.kind = 'dish' and dish.i = 1 + (r * 7 + k * 13) % 40
        join words m on m.kind = 'modifier' and m.i = 1 + (r + k) % 10),
       1,
       round((3 + random() * 2)::numeric, 1),
       5 + r % 200,
       r % 500,
       1, 0, now()
from generate_series(1, :restaurants) r
join words a on a.kind = 'adjective' and a.i = 1 + r % 20
join words n on n.kind = 'noun' and n.i = 1 + (r / 20) % 20
join words c1 on c1.kind = 'cuisine' and c1.i = 1 + r % 20
join words c2 on c2.kind = 'cuisine' and c2.i = 1 + (r * 3 + 7) % 20;
