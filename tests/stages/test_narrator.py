"""The narrator stage: the first-person voice, and the name the narration gives it."""


def narrator_of(doc):
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    return narrator


def test_a_name_the_narrator_says_they_were_names_them_but_not_a_possessive(analyse):
    doc = analyse("At the faculty I was Figueiredo. It was my mother's name, and the professors used it. I went to "
                  "lectures and I kept my head down.\n\n“Figueiredo, you are late,” said the porter.\n")
    assert narrator_of(doc).name == "Figueiredo"
    doc = analyse("He was Yann Le Bihan to the whole coast, and she was Katell, and I was Annaig before I could walk. "
                  "I went to the shore with my father.\n\n“Annaig, come here,” said my father.\n")
    assert narrator_of(doc).name == "Annaig"
    doc = analyse("When I was Tom's age I kept rabbits. Tom Baxter lived next door, and I envied him his bicycle. "
                  "I was ten.\n")
    assert narrator_of(doc).name == "the narrator"


def test_the_name_the_narrator_was_born_with_names_them(analyse):
    doc = analyse("I was born Zubaida Hashmi in the monsoon of 1934, in a rented house in Lahore. I was the youngest, "
                  "and my sister never let me forget it.\n\n“Zubaida, come down from the roof!” my mother called.\n")
    narrator = narrator_of(doc)
    assert narrator.name == "Zubaida Hashmi"
    assert {"Zubaida", "Zubaida Hashmi"} <= {a.text for a in narrator.aliases}


def test_every_name_the_narrator_gives_as_theirs_is_one_person(analyse):
    doc = analyse("My name is Gulnar Zhakupova. To my mother I was Gulya, and to my grandmother I was Gulnarzhan. "
                  "My friend Raushan called me Gulka.\n\n“Gulya, come and eat,” said my mother.\n")
    assert {"Gulnar Zhakupova", "Gulya", "Gulka"} <= {a.text for a in narrator_of(doc).aliases}


def test_a_name_someone_called_the_narrator_names_them_but_not_a_title(analyse):
    doc = analyse("My brother Besnik was four years older than I. At home everyone called him Niku, and he called "
                  "me Dita, because as a baby he could not say my name. I followed him everywhere.\n")
    assert narrator_of(doc).name == "Dita"
    doc = analyse("I went to the ministry every morning. The porter knew me by then. He called me Senhor Doutor, "
                  "which I was not, and I let him.\n")
    assert narrator_of(doc).name == "the narrator"


def test_a_name_the_narrator_answers_with_when_asked_for_one_names_them(analyse):
    asked = ("The inspector looked at me on the step. ‘And what is your name, child?’\n\n"
             "‘Kamal Vishnu Gokhale,’ I said, as we were taught to say it at school. I was eight.\n")
    assert narrator_of(analyse(asked)).name == "Kamal Vishnu Gokhale"
    # a name called out, not given when asked for one, is someone else's
    called = ("The inspector looked at me on the step. ‘And where is your father, child?’\n\n"
              "‘Kamal Vishnu Gokhale,’ I said, and pointed at the boy by the well. I was eight.\n")
    assert narrator_of(analyse(called)).name == "the narrator"


def test_the_narrators_sex_is_told_by_their_spouse_in_the_narration(analyse):
    doc = analyse("We landed at Stansted in the rain. The soldiers had taken my wedding bangles and my husband's "
                  "watch, and I did not cry until we reached the camp.\n\n“Sit,” said the warden.\n")
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.gender == "she"


def test_a_full_name_the_narrator_gives_a_few_quotes_after_a_clerk_asks_for_names_names_them(analyse):
    doc = analyse("We went to an office where a small man sat behind a desk. I held my husband's arm and I waited.\n\n"
                  "“Name?” the clerk said, without looking up.\n\n“Hoshyar Mahmud Jaf.”\n\n"
                  "He wrote for a long time. “Surname?”\n\n“Jaf. Mahmud is my father’s name.”\n\n"
                  "“Here everyone has a surname. Next. The wife.”\n\n"
                  "“Galawezh Kamal Baban,” I said.\n")
    assert narrator_of(doc).name == "Galawezh Kamal Baban"
    # a name alone said long after the question, or a single word a few quotes on, names no one so
    doc = analyse("I sat by the window and I waited for the tea.\n\n“Name?” the clerk said.\n\n“Hoshyar Jaf.”\n\n"
                  "“Surname?”\n\n“Jaf.”\n\n“Good.”\n\n“Baban,” I said.\n")
    assert narrator_of(doc).name == "the narrator"


def test_a_fuller_name_of_another_surname_stays_the_narrators_namesakes(analyse):
    # "Gölsem" is the narrator's, "Gölsem Sabirova" the other girl's, though the names share a word
    doc = analyse("On my papers I am Gulsum Fatkhullovna Nigmatullina. At home I was Gölsem, and I liked it.\n\n"
                  "There were two Gölsems of my age in the village. The other was Gölsem Sabirova, and she sat "
                  "beside me at school. Gölsem Sabirova could whistle, and I could not.\n")
    narrator = next(e for e in doc.entities if e.is_narrator)
    assert "Gölsem" in {a.text for a in narrator.aliases}
    assert "Gölsem Sabirova" not in {a.text for a in narrator.aliases}
    assert [e.type for e in doc.entities if any(m.text == "Gölsem Sabirova" for m in e.mentions)] == ["PER"]


def test_the_signature_of_the_letters_the_narration_is_names_the_narrator(analyse):
    letter = ("Gdynia, {date}\n\nDearest Jadzia,\n\nI went down to the harbour with my husband. I saw the ships. "
              "Józef said nothing and I said nothing.\n\n„It is a big place,” he said.\n\nYour loving sister,\nWerka\n\n")
    doc = analyse(letter.format(date="3 March 1932") + letter.format(date="5 May 1933"))
    assert narrator_of(doc).name == "Werka"
    assert "Jadzia" not in {a.text for a in narrator_of(doc).aliases}
    # (one letter quoted in a memoir, signed by another, names no narrator)
    doc = analyse("I went down to the harbour. I saw the ships, and I read his letter again:\n\n    Dear Anna,\n"
                  "    We sail on Friday.\n    Your loving brother,\n    Tomek\n\nI put it away and I went home.\n")
    assert narrator_of(doc).name == "the narrator"
