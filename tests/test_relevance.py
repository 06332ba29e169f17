"""relevance(title, text): how much a page is about AI data work."""
import time

from extract.relevance import RELEVANCE_THRESHOLD, relevance


def test_platform_story_is_relevant():
    title = "Remotasks workers in Kenya say pay was withheld"
    text = ("Taskers who label data for Scale AI's Remotasks platform said payments were delayed. "
            "The data annotation work trains AI models.")
    assert relevance(title, text) >= 0.9


def test_topic_terms_without_a_platform_name_count():
    assert relevance("The hidden workforce behind AI",
                     "Content moderators and data labelers in Nairobi train AI models for "
                     "large companies through RLHF.") >= RELEVANCE_THRESHOLD


def test_off_topic_pages_score_low():
    assert relevance("Apple unveils a faster phone",
                     "Apple said the new chip is faster. Analysts expect strong holiday sales.") == 0.0
    assert relevance("Ride-hailing drivers strike",
                     "Gig workers for ride-hailing apps protested low pay and contractors' rights.") \
        < RELEVANCE_THRESHOLD


def test_gig_work_counts_only_in_an_ai_context():
    text = "Gig workers and freelancers complained about wages and outsourcing."
    assert relevance("", text) < relevance("", text + " They train generative AI.")


def test_title_weighs_more_than_body():
    assert relevance("Appen cuts contractors", "The company said so.") > \
        relevance("Company news", "Appen cuts contractors. The company said so.")


def test_score_is_bounded_and_handles_empty_input():
    assert relevance(None, None) == 0.0
    many = "Scale AI Remotasks Appen Toloka taskers annotators RLHF " * 200
    assert 0.0 <= relevance(many, many) <= 1.0


def test_fast_on_a_long_page():
    text = ("Ordinary paragraph about the weather and the markets. " * 4000)
    relevance("", "warm up")
    start = time.perf_counter()
    relevance("Title", text)
    assert time.perf_counter() - start < 0.5
