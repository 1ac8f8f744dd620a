"""Speaker rules added in session 12 (issue 3, after probe batch 11); every sentence here is invented."""

from __future__ import annotations

from quote_checks import speakers_of


def _names(nlp, text: str) -> list[str]:
    from storyweave.analyze.people import find_people

    return [p.name for p in find_people(nlp(text)) if p.kind == "person"]


def test_a_job_word_opening_a_sentence_before_a_full_name_is_a_role(quotes_of):
    # no surname stands before a first name and a surname: the opening word is what she does
    assert speakers_of(quotes_of, "Chiropodist Megan Tallack said the clinic would close in June.") == [
        ("Megan Tallack", "Megan Tallack", "Chiropodist")]
    assert speakers_of(quotes_of, "Lodger Aled Pryce said the heating had been off for a week.") == [
        ("Aled Pryce", "Aled Pryce", "Lodger")]


def test_a_two_first_name_person_keeps_both_names(quotes_of):
    # (the rule needs an opening word that is no first name)
    assert speakers_of(quotes_of, "Mary Ann Colley said the fence had been moved overnight.") == [
        ("Mary Ann Colley", "Mary Ann Colley", None)]


def test_headteacher_is_a_job_before_the_name_not_a_title_in_the_mention(quotes_of):
    text = ("Headmistress Joan Treloar said the hall would be rebuilt. \"We will be back by Easter,\" "
            "Mrs Treloar said.")
    assert speakers_of(quotes_of, text) == [
        ("Joan Treloar", "Joan Treloar", "Headmistress"), ("Mrs Treloar", "Joan Treloar", "Headmistress")]


def test_a_spokesperson_for_the_kind_of_body_is_not_the_body_named_last(quotes_of):
    # a body of another kind named last ("Selcombe Rovers", a club) is not "the trust"
    text = ("Selcombe Rovers will play at the hospital fun run. A spokesman for the trust said the run "
            "had raised £9,000.")
    assert speakers_of(quotes_of, text)[-1] == ("A spokesman for the trust", None, "spokesman")
    # a body of that kind named before is
    text = ("The Harwell Valley Trust runs four hospitals. A spokesman for the trust said the wards "
            "were full.")
    assert speakers_of(quotes_of, text)[-1] == (
        "A spokesman for the trust", "Harwell Valley Trust spokesman", "spokesman, Harwell Valley Trust")


def test_the_company_is_the_subject_business_not_the_one_it_buys(quotes_of):
    text = ("Corlan Motors said it had agreed to take over Fenby Tyres. The company said the Fenby name "
            "would be kept.")
    assert speakers_of(quotes_of, text)[-1] == ("The company", "Corlan Motors", None)
    # the business named last when it is itself the subject
    text = ("Corlan Motors sold its van arm last year. Fenby Tyres said sales had doubled. The company "
            "said it would hire 50 staff.")
    assert speakers_of(quotes_of, text)[-1] == ("The company", "Fenby Tyres", None)


def test_a_first_name_particle_and_surname_tagged_as_places_is_a_person(quotes_of, nlp):
    text = ("Mariana dos Reis, a teacher at the Lowfield school, said the roof leaked. Dos Reis said "
            "repairs were overdue.")
    assert speakers_of(quotes_of, text) == [
        ("Mariana dos Reis", "Mariana dos Reis", "teacher at the Lowfield school"),
        ("Dos Reis", "Mariana dos Reis", "teacher at the Lowfield school")]


def test_a_place_with_a_particle_stays_a_place(nlp):
    # no first name and no apposition for a person: still a place, not a speaker's name
    assert not any("Rio" in n for n in _names(nlp, "Flights to Rio de Janeiro were cancelled on Monday."))
