"""Numbers and dates as wrong options: their own format and scale, on the right side of what the sentence
compares them with. No model load."""
import random
import re

import pytest

from quizgen.distractors import choose
from quizgen.models import Fact
from quizgen.numbers import numeric_options


def fact(sentence: str, answer: str, label: str) -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


def test_years_stay_years():
    options = numeric_options("2001", "DATE", random.Random(1))
    assert options and all(o.isdigit() and len(o) == 4 and o != "2001" for o in options)


def test_numbers_keep_their_format_and_unit():
    options = numeric_options("10,000 shipping containers", "CARDINAL", random.Random(1))
    assert options
    for o in options:
        number, unit = o.split(" ", 1)
        assert unit == "shipping containers"
        assert "," in number and number != "10,000"


def test_decimals_and_money():
    options = numeric_options("€1.8 billion", "MONEY", random.Random(3))
    assert all(o.startswith("€") and o.endswith(" billion") and o != "€1.8 billion" for o in options)
    assert all(len(o.split()[0].split(".")[1]) == 1 for o in options)


def test_percentages_stay_below_a_hundred():
    assert all(float(o.rstrip("%")) <= 100 for o in numeric_options("80%", "PERCENT", random.Random(0)))


def test_months_swap_for_months():
    options = numeric_options("September", "DATE", random.Random(0))
    assert "September" not in options and "March" in options


def test_times_stay_times_in_their_own_format():
    race = numeric_options("4:03.84", "CARDINAL", random.Random(0))
    assert race and all(re.fullmatch(r"[34]:\d\d\.\d\d", o) for o in race)  # a few per cent either way
    marathon = numeric_options("2:05:30", "TIME", random.Random(0))
    assert marathon and all(re.fullmatch(r"[12]:\d\d:\d\d", o) for o in marathon)
    clock = numeric_options("10:30 a.m.", "TIME", random.Random(0))
    assert clock and all(re.fullmatch(r"\d{1,2}:30 a\.m\.", o) for o in clock) and "10:30 a.m." not in clock


def test_an_age_decade_gets_other_decades_of_life():
    options = numeric_options("20s", "DATE", random.Random(0))
    assert options and set(options) <= {"30s", "40s", "50s"}  # not "12s", and no teenagers' "10s"


def test_clock_times_keep_their_clock_and_decades_move_together():
    assert set(numeric_options("2:30am", "TIME", random.Random(0))) <= {"12:30am", "1:30am", "3:30am", "4:30am",
                                                                        "5:30am"}
    assert all(re.fullmatch(r"2[0-3]:45|1\d:45", o) for o in numeric_options("23:45", "TIME", random.Random(0)))
    assert all(re.fullmatch(r"0\d:15|1[0-2]:15", o) for o in numeric_options("09:15", "TIME", random.Random(0)))
    assert all(re.fullmatch(r"\d{1,2}:30 a\.m\.", o) for o in numeric_options("10:30 a.m.", "TIME", random.Random(0)))
    decades = numeric_options("20s and 30s", "DATE", random.Random(0))
    assert decades and all(int(o[:2]) + 10 == int(o.split(" and ")[1][:2]) for o in decades)


def test_a_span_of_years_stays_within_a_factor_of_two():
    for seed in range(5):
        options = numeric_options("24 years", "DATE", random.Random(seed))
        assert options and all(12 <= int(o.split()[0]) <= 48 and o.endswith(" years") for o in options)


def test_a_wrong_year_keeps_its_order_with_the_years_the_prompt_names():
    s = "Fuel cost the airline $3.03 a gallon in 2008, up from $2.13 in 2007."
    for seed in range(5):
        wrong = choose(fact(s, "2008", "DATE"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(int(w) > 2007 for w in wrong)


def test_a_share_of_the_vote_gets_shares_near_it():
    for share in (53, 80):
        s = f"Barrow garnered {share} percent of the vote, according to results released late on Sunday."
        for seed in range(5):
            wrong = choose(fact(s, f"{share} percent", "PERCENT"), article=[], pool={}, rng=random.Random(seed))
            assert len(wrong) == 3 and all(0.75 * share <= float(w.split()[0]) <= 1.5 * share for w in wrong)


@pytest.mark.parametrize("sentence, answer, keep", [
    ("The jobless rate crept higher from 8.2 percent to 8.3 percent in the month.", "8.3 percent", lambda v: v > 8.2),
    ("The firm added 163,000 jobs in May, better than the 100,000 analysts expected.", "100,000",
     lambda v: v < 163000),
    ("Sales fell to $410 million in the quarter, down from $520 million a year earlier.", "$410 million",
     lambda v: v < 520),
    ("The deficit rose to $48.2 billion, from a slightly downwardly revised $45.4 billion in February.",
     "$45.4 billion", lambda v: v < 48.2),
    ("At least 174 people died, the deputy governor told reporters, raising the toll from 129.", "At least 174",
     lambda v: v > 129),  # a bare number after "from": no 104
    ("Brent crude spiked to above $139 a barrel, before easing to around $130.", "139",
     lambda v: 130 < v < 200),  # the sign outside the blank; "easing to" compares
])
def test_a_number_the_sentence_compares_keeps_its_side_of_the_comparison(sentence, answer, keep):
    label = {"%": "PERCENT", "$": "MONEY"}.get(next((c for c in "%$" if c in answer), ""), "CARDINAL")
    label = "PERCENT" if "percent" in answer else label
    for seed in range(5):
        wrong = choose(fact(sentence, answer, label), article=[], pool={}, rng=random.Random(seed))
        assert wrong and all(keep(float(re.search(r"[\d,.]+\d", w).group().replace(",", ""))) for w in wrong), wrong


def test_numbers_the_sentence_does_not_compare_are_free():
    s = "Officials put the number of dead at 16, with 19 injured and 40 homes destroyed."
    wrong = choose(fact(s, "16", "CARDINAL"), article=[], pool={}, rng=random.Random(0))
    assert len(wrong) == 3


def test_an_age_is_not_compared_with_another_age_the_sentence_only_mentions():
    s = "The 28-year-old Kenyan needed the extra runway to slow down after breaking the 31-year-old record."
    wrong = choose(fact(s, "28-year-old", "DATE"), article=[], pool={}, rng=random.Random(0))
    assert len(wrong) == 3


@pytest.mark.parametrize("answer", ["July 25", "25 July", "March 3rd", "December 31"])
def test_a_day_of_the_month_gets_other_days_of_that_month(answer):
    for seed in range(5):
        options = numeric_options(answer, "DATE", random.Random(seed))
        assert len(options) >= 3
        for o in options:
            day = int(re.search(r"\d+", o).group())
            assert 1 <= day <= 28 and o != answer
            assert re.sub(r"\d+(?:st|nd|rd|th)?", "", o) == re.sub(r"\d+(?:st|nd|rd|th)?", "", answer)
            if re.search(r"\d(?:st|nd|rd|th)", o):
                assert re.search(r"\d+(?:st|nd|rd|th)", o).group() == f"{day}{'th' if 10 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def test_a_financial_year_moves_both_its_years():
    for seed in range(3):
        for o in numeric_options("the second quarter of 2019-20", "DATE", random.Random(seed)):
            first, second = map(int, re.search(r"(\d{4})-(\d\d)", o).groups())
            assert (first + 1) % 100 == second  # "2014-15", never "2014-20"


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@pytest.mark.parametrize("answer, label", [("the 18th", "ORDINAL"), ("the 22nd", "ORDINAL"), ("its 3rd", "ORDINAL")])
def test_an_ordinal_keeps_a_right_suffix(answer, label):
    for seed in range(3):
        for o in numeric_options(answer, label, random.Random(seed)):
            n = int(re.search(r"\d+", o).group())
            assert o.endswith(f"{n}{_suffix(n)}")  # "the 22nd", never "the 22th"


@pytest.mark.parametrize("answer", ["between 23% and 24%", "between 2.5% and 3%", "between 10 and 20 years"])
def test_a_range_keeps_two_different_ends_in_order(answer):
    for seed in range(3):
        options = numeric_options(answer, "PERCENT" if "%" in answer else "DATE", random.Random(seed))
        assert len(options) >= 3
        for o in options:
            low, high = (float(x) for x in re.findall(r"\d+(?:\.\d+)?", o))
            assert low < high  # no "between 12% and 12%"


def test_a_full_date_moves_its_year_only_and_an_abbreviated_month_keeps_its_days():
    for o in numeric_options("2019-05-12", "DATE", random.Random(0)):
        assert o.endswith("-05-12")  # a day, not a financial year: never "2014-00-12"
    for answer in ("Jan. 25", "Sept. 3"):
        for o in numeric_options(answer, "DATE", random.Random(0)):
            assert 1 <= int(re.search(r"\d+", o).group()) <= 28  # never "Jan. 100"


@pytest.mark.parametrize("answer, unit", [("22", ""), ("28-year-old", "-year-old"), ("64 years old", " years old")])
def test_an_age_gets_ages_a_few_years_either_side(answer, unit):
    for seed in range(5):
        options = numeric_options(answer, "DATE", random.Random(seed))
        assert len(options) >= 3 and all(o.endswith(unit) for o in options)
        ages = [int(re.match(r"\d+", o).group()) for o in options]
        base = int(re.match(r"\d+", answer).group())
        assert all(0 < abs(a - base) <= 12 for a in ages)  # Mahsa Amini, 22, gets 18 or 25, not 66 or 88


@pytest.mark.parametrize("sentence, answer, published, side", [
    ("The government hopes to get the law passed by parliament in mid-2020.", "mid-2020", "2020-01-16", "after"),
    ("The bridge was opened in 2011 after years of delay.", "2011", "2015-03-02", "before"),
    ("The new stadium is due to open in 2027, officials said.", "2027", "2024-05-01", "after"),
])
def test_a_year_stays_on_its_side_of_the_day_the_article_came_out(sentence, answer, published, side):
    now = int(published[:4])
    for seed in range(5):
        wrong = choose(fact(sentence, answer, "DATE"), article=[], pool={}, rng=random.Random(seed),
                       published=published)
        years = [int(re.search(r"\d{4}", w).group()) for w in wrong]
        assert len(wrong) == 3 and all(y >= now if side == "after" else y <= now for y in years), wrong


def test_a_date_to_come_gets_no_month_of_its_year_gone_by():
    s = "The new president's term will run only through May 2025, the rest of his predecessor's tenure."
    for seed in range(8):
        wrong = choose(fact(s, "May 2025", "DATE"), article=[], pool={}, rng=random.Random(seed),
                       published="2023-10-15")
        assert len(wrong) == 3 and all(int(w[-4:]) > 2023 or w.split()[0] in ("October", "November", "December")
                                       for w in wrong), wrong


def test_a_year_of_the_article_itself_with_no_word_looking_ahead_may_go_either_way():
    s = "The festival drew record crowds in 2020, organisers said."
    wrong = choose(fact(s, "2020", "DATE"), article=[], pool={}, rng=random.Random(0), published="2020-08-01")
    assert len(wrong) == 3


@pytest.mark.parametrize("answer", ["5.25 per cent", "4.5%", "0.75 percent"])
def test_a_rate_in_quarter_points_gets_quarter_points(answer):
    value = float(re.match(r"[\d.]+", answer).group())
    unit = answer[len(re.match(r"[\d.]+", answer).group()):]
    for seed in range(5):
        options = numeric_options(answer, "PERCENT", random.Random(seed))
        assert len(options) >= 3 and all(o.endswith(unit) for o in options)
        values = [float(o[:-len(unit)]) for o in options]
        assert all((v * 4).is_integer() and 0 < abs(v - value) <= 1.5 for v in values), options  # not 7.88


def test_a_vote_count_fits_the_house():
    s = "The motion was defeated by 153 votes to 124 in the 300-seat parliament."
    for seed in range(5):
        wrong = choose(fact(s, "124", "CARDINAL"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(int(w) + 153 <= 300 for w in wrong), wrong  # not 248 or 372


def test_a_body_of_so_many_members_bounds_no_count_but_its_votes():
    s = "The 15-member Security Council said the attack killed 120 people in the north."
    wrong = choose(fact(s, "120", "CARDINAL"), article=[], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and any(int(w) > 15 for w in wrong)  # deaths are no votes of the council's members


def test_a_part_fits_its_whole():
    s = "After a long trial, the jury convicted the senator on 9 of 12 counts of fraud."
    for seed in range(5):
        wrong = choose(fact(s, "9", "CARDINAL"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(int(w) <= 12 for w in wrong), wrong  # not 27 of 12 counts


@pytest.mark.parametrize("answer", ["64,318 people", "1,204,577", "5,213 households"])
def test_an_exact_figure_gets_exact_figures_not_round_ones(answer):
    for seed in range(5):
        options = numeric_options(answer, "CARDINAL", random.Random(seed))
        assert len(options) >= 3
        assert all(not re.sub(r"\D", "", o).endswith("0") for o in options), options  # "128,000" gives 64,318 away


def test_a_round_figure_gets_round_figures():
    options = numeric_options("64,000 people", "CARDINAL", random.Random(0))
    assert len(options) >= 3 and all(re.sub(r"\D", "", o).endswith("000") for o in options), options


@pytest.mark.parametrize("answer, label", [("as much as 5,7%", "PERCENT"), ("440,6 pence", "MONEY")])
def test_a_decimal_comma_stays_a_decimal_comma(answer, label):
    for seed in range(5):
        options = numeric_options(answer, label, random.Random(seed))
        assert len(options) >= 3 and all(re.search(r"\d,\d(?!\d\d)", o) for o in options), options  # not "10,14%"


def test_a_number_after_turning_is_an_age():
    s = "The Spaniard is the first man to win all four majors before turning 23 years of age."
    for seed in range(5):
        wrong = choose(fact(s, "23", "CARDINAL"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(10 <= int(w) <= 36 for w in wrong), wrong  # not 92, not 6


@pytest.mark.parametrize("sentence, answer", [
    ("She had managed only a silver before getting gold in the 50 sprint on the last night.", "50"),
    ("He retained his title in the men's 10,000 metres on a warm evening in Beijing.", "10,000 metres"),
])
def test_a_race_gets_the_distances_races_are_run_over(sentence, answer):
    for seed in range(5):
        wrong = choose(fact(sentence, answer, "QUANTITY" if " " in answer else "CARDINAL"), article=[], pool={},
                       rng=random.Random(seed))
        values = {int(w.split()[0].replace(",", "")) for w in wrong}
        assert len(wrong) == 3 and values <= {50, 100, 200, 400, 800, 1500, 3000, 5000, 10000}, wrong  # not 30


def test_a_distance_that_is_no_race_is_scaled_as_before():
    wrong = choose(fact("The bus fell 200 metres into the gorge on Sunday.", "200 metres", "QUANTITY"), article=[],
                   pool={}, rng=random.Random(0))
    assert len(wrong) == 3


@pytest.mark.parametrize("answer, label", [("about 1.05 dollars", "MONEY"), ("$3.45", "MONEY"), ("38,957.44", "CARDINAL")])
def test_a_figure_to_the_cent_gets_figures_near_it(answer, label):
    value = float(re.search(r"[\d,]+\.\d+", answer).group().replace(",", ""))
    for seed in range(5):
        options = numeric_options(answer, label, random.Random(seed))
        assert len(options) >= 3
        assert all(0.75 * value <= float(re.search(r"[\d,]+\.\d+", o).group().replace(",", "")) <= 1.25 * value
                   for o in options), options


@pytest.mark.parametrize("answer, label, above", [("more than 30%", "PERCENT", True), ("At least 174", "CARDINAL", True),
                                                  ("over $2 billion", "MONEY", True), ("fewer than 200", "CARDINAL", False),
                                                  ("less than 5 percent", "PERCENT", False)])
def test_a_bound_gets_only_options_that_are_false(answer, label, above):
    value = float(re.search(r"\d[\d,.]*", answer).group().replace(",", ""))
    for seed in range(5):
        options = numeric_options(answer, label, random.Random(seed))
        assert len(options) >= 3
        values = [float(re.search(r"\d[\d,.]*", o).group().replace(",", "")) for o in options]
        assert all(v > value if above else v < value for v in values), options  # "more than 12%" is true too


def test_an_amount_beside_another_of_its_kind_gets_options_near_it():
    before, after = "The firm reported quarterly revenue of ", ", up 10% (compared to the $7.93 billion expected)."
    for seed in range(5):
        options = numeric_options("$7.78 billion", "MONEY", random.Random(seed), before, after)
        assert len(options) >= 3
        assert all(5.8 <= float(re.search(r"[\d.]+", o).group()) <= 9.8 for o in options), options  # not $1.95 billion


def test_a_share_of_a_vote_leaves_room_for_the_shares_beside_it():
    s = "The libertarian Milei won 55% of the vote to 44% for the Economy Minister, the centrist Sergio Massa."
    for seed in range(8):
        wrong = choose(fact(s, "44%", "PERCENT"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(float(w.rstrip("%")) + 55 <= 100.5 for w in wrong), wrong
    s = "Inflation rose to 5% in March while the central bank kept its main rate at 4%."  # no vote: free
    assert len(choose(fact(s, "4%", "PERCENT"), article=[], pool={}, rng=random.Random(0))) == 3


@pytest.mark.parametrize("answer, label, low, high", [("age 31", "DATE", 19, 43), ("the 68th", "DATE", 50, 86),
                                                     ("the 22nd", "CARDINAL", 16, 28)])
def test_an_age_or_an_ordinal_gets_figures_near_it(answer, label, low, high):
    for seed in range(5):
        options = numeric_options(answer, label, random.Random(seed))
        assert len(options) >= 3 and all(o.startswith(answer.split()[0]) for o in options), options
        assert all(low <= int(re.search(r"\d+", o).group()) <= high for o in options), options  # not 120, not the 200th


@pytest.mark.parametrize("answer, low, high", [("20C", 15, 25), ("40.3C", 35.3, 45.3), ("104F", 95, 113),
                                               ("35 degrees Celsius", 30, 40)])
def test_a_temperature_moves_by_a_few_degrees(answer, low, high):
    for seed in range(5):
        options = numeric_options(answer, "QUANTITY", random.Random(seed))
        assert options and all(low <= float(re.match(r"[\d.]+", o).group()) <= high for o in options), options


def test_an_age_written_with_a_space_before_old_is_an_age():
    options = numeric_options("78-year old", "DATE", random.Random(0))
    assert options and all(60 <= int(o.split("-")[0]) <= 95 and o.endswith("-year old") for o in options)
    options = numeric_options("10 year old", "DATE", random.Random(0))
    assert options and all(int(o.split()[0]) < 18 for o in options)  # a child's age gets a child's


def test_an_amount_s_options_do_not_depend_on_the_questions_made_before():
    before = "revenue of "
    after = " (compared to the $7.93 billion expected)"
    first = numeric_options("$8.05 billion", "MONEY", random.Random(1), before, after)
    numeric_options("$80.5 billion", "MONEY", random.Random(7), before, " (against $79 billion expected)")
    assert numeric_options("$8.05 billion", "MONEY", random.Random(1), before, after) == first
