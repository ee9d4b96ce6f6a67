"""The timeline keeps events apart from the dates on which sources were published or retrieved."""

from tipbot.timeline import is_publication_date


def test_publication_and_retrieval_dates_are_not_events():
    assert is_publication_date("The article was published on 12 August 2022 by the agency.", "12 August 2022")
    assert is_publication_date("Retrieved 3 March 2024 from the ministry's website.", "3 March 2024")
    assert is_publication_date("Artikel ini diterbitkan pada 5 Mei 2023.", "5 Mei 2023")


def test_event_dates_stay_events():
    assert not is_publication_date("The police formed a task force on 5 July 2023.", "5 July 2023")
    assert not is_publication_date("The MoU was signed on 22 August 2023 in Phnom Penh.", "22 August 2023")
