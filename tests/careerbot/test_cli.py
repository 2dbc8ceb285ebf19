"""The careerbot command as coaches and maintainers use it, run as a real process."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.servers import APP_BIN


@pytest.fixture(scope="module")
def careerbot(occupations_db_url, tmp_path_factory):
    env = {
        "CAREERBOT_OCCUPATIONS_DB_URL": occupations_db_url,
        "CAREERBOT_VAR_DIR": str(tmp_path_factory.mktemp("var")),
        "PATH": "/usr/bin:/bin",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(APP_BIN / "careerbot"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    return run


def test_wages_for_electricians_in_hattiesburg(careerbot, cited):
    result = careerbot("wages", "47-2111", "Hattiesburg", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["annual_median"] == 48580
    assert payload["hourly_median"] == 23.35
    assert payload["source"] == cited["oews"]


def test_wages_text_output_is_readable(careerbot):
    result = careerbot("wages", "electrition", "the coast")
    assert result.returncode == 0
    assert "Gulfport-Biloxi" in result.stdout and "$" in result.stdout and "a year" in result.stdout


def test_search_ranks_welders_first(careerbot):
    result = careerbot("occupations", "search", "im tryna be a welder", "--json")
    assert json.loads(result.stdout)["matches"][0]["soc"] == "51-4121"


def test_tupelo_is_in_the_upper_east_nonmetro_area(careerbot):
    payload = json.loads(careerbot("places", "resolve", "Tupelo", "--json").stdout)
    assert payload["area"]["name"] == "Upper East Mississippi nonmetropolitan area"


def test_southaven_is_in_the_memphis_metro_area(careerbot):
    payload = json.loads(careerbot("places", "resolve", "Southaven", "--json").stdout)
    assert payload["area"]["code"] == "0032820"


def test_pathway_and_explore_answer(careerbot):
    route = json.loads(
        careerbot("pathway", "electrician", "--place", "Hattiesburg", "--json").stdout
    )
    assert route["non_degree_routes"][0] == "apprenticeship"
    listing = json.loads(
        careerbot("explore", "the delta", "--max-education", "high_school", "--json").stdout
    )
    assert listing["items"]


def test_routes_for_a_welder_near_tupelo_name_the_nearest_program(careerbot):
    payload = json.loads(careerbot("routes", "welder", "--place", "Tupelo", "--json").stdout)
    assert payload["occupation"]["soc"] == "51-4121"
    assert payload["place"] == "Tupelo (Lee County)"
    certificate = next(r for r in payload["routes"] if r["kind"] == "certificate")
    nearest = certificate["programs"][0]
    assert nearest["institution"] == "Itawamba Community College"
    assert nearest["source"]["name"] == "NCES IPEDS"
    text = careerbot("routes", "registered nurse", "--place", "38801")
    assert text.returncode == 0
    assert "1. an associate degree" in text.stdout and "MS Board of Nursing" in text.stdout


def test_routes_for_a_place_outside_mississippi_is_an_error(careerbot):
    result = careerbot("routes", "welder", "--place", "Chicago")
    assert result.returncode != 0 and "No Mississippi place" in result.stderr


BAD_INPUTS = ["", "x" * 10_000, "'; DROP TABLE wage; --"]


@pytest.mark.parametrize("bad", BAD_INPUTS)
@pytest.mark.parametrize(
    "command",
    [
        ("occupations", "search", "{}"),
        ("wages", "{}", "Hattiesburg"),
        ("wages", "47-2111", "{}"),
        ("pathway", "{}"),
        ("routes", "{}", "--place", "Tupelo"),
        ("routes", "47-2111", "--place", "{}"),
        ("explore", "{}"),
        ("places", "resolve", "{}"),
    ],
)
def test_bad_input_gets_a_clear_error_and_nonzero_exit(careerbot, command, bad):
    result = careerbot(*[part.replace("{}", bad) for part in command], "--json")
    assert result.returncode != 0
    assert json.loads(result.stdout)["error"]


def test_an_unknown_soc_is_an_error(careerbot):
    result = careerbot("wages", "99-9999", "Tupelo")
    assert result.returncode != 0 and "No occupation" in result.stderr


def test_an_ambiguous_title_asks_for_a_code(careerbot):
    result = careerbot("wages", "teacher", "Tupelo")
    assert result.returncode != 0 and "several occupations" in result.stderr


def test_a_missing_database_says_how_to_build_it(tmp_path):
    result = subprocess.run(
        [str(APP_BIN / "careerbot"), "wages", "47-2111", "Tupelo"],
        capture_output=True,
        text=True,
        env={
            "CAREERBOT_OCCUPATIONS_DB_URL": f"sqlite:///{tmp_path}/none.sqlite",
            "PATH": "/usr/bin",
        },
    )
    assert result.returncode != 0 and "careerbot data build" in result.stderr
