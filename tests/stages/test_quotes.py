"""Quotation detection (marks, apostrophes, dashes, paragraphs) and quotation kinds."""
from __future__ import annotations

from personae.schema import validation_errors
from personae.stages.quotes import closing_name, letter_parts, outside_quotes, quote_spans


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text)]


def test_curly_straight_and_guillemets():
    text = "“Go,” he said. \"Stay,\" she said. «Non,» dit-il."
    assert quoted(text) == ["“Go,”", "\"Stay,\"", "«Non,»"]


def test_british_single_quotes_are_told_from_apostrophes():
    text = "‘Don’t go,’ said Anna, ‘the boys’ dinner is ready and ’tis late.’ It was o’clock."
    assert quoted(text) == ["‘Don’t go,’", "‘the boys’ dinner is ready and ’tis late.’"]


def test_straight_single_quotes():
    text = "'I can't,' said Tom. 'It's the dogs' bone.'"
    assert quoted(text) == ["'I can't,'", "'It's the dogs' bone.'"]


def test_single_quotes_inside_double_quotes_are_not_separate_quotations():
    text = "“He told me ‘never’ twice,” she said."
    assert quoted(text) == ["“He told me ‘never’ twice,”"]


def test_dash_dialogue_runs_to_the_speech_tag():
    text = "— Come up, Kinch! Come up, you fearful jesuit! Buck Mulligan said.\n\n— Back to barracks!\n"
    assert quoted(text) == ["— Come up, Kinch! Come up, you fearful jesuit!", "— Back to barracks!"]


def test_quotation_spanning_paragraphs_needs_a_mark_at_each_paragraph():
    text = "“First part of a long speech.\n\n“Second part, the end.”\n\nThen “an unclosed mark.\n\nNarration.”"
    assert quoted(text) == ["“First part of a long speech.\n\n“Second part, the end.”"]


def test_long_speech_still_open_where_the_text_stops_runs_to_the_end():
    text = ('She said: "You watch out, Henry, an\' take care.\n\n"I\'ve knet yeh socks, an\' shirts.\n\n'
            '"An\' allus be careful.\n')
    assert quoted(text) == [text[text.index('"'):].rstrip()]
    # one paragraph with an unclosed mark is still no quotation
    assert quoted("Then “an unclosed mark, and the text stops.") == []


def test_interrupted_quotation_is_two_records():
    text = "“Of course,” she said, “we leave at once.”"
    assert quoted(text) == ["“Of course,”", "“we leave at once.”"]


def test_outside_quotes():
    outside = outside_quotes([(5, 10), (20, 25)])
    assert [outside(i) for i in (0, 5, 9, 10, 22, 30)] == [True, False, False, True, False, True]


def test_kinds_speech_thought_written_mention(analyse):
    text = ("“We leave at once,” said Anna.\n\n"
            "I thought: “Why now?”\n\n"
            "The letter read: “Dear sir, we regret to inform you of the death of your uncle.”\n\n"
            "He called himself a “liberal” at dinner.\n")
    doc = analyse(text)
    kinds = {q.text: q.kind for q in doc.quotes}
    assert kinds == {"“We leave at once,”": "speech", "“Why now?”": "thought",
                     "“Dear sir, we regret to inform you of the death of your uncle.”": "written",
                     "“liberal”": "mention"}
    assert validation_errors(doc.to_dict()) == []


def test_a_quote_ending_a_sentence_takes_no_tag_from_the_next_one(analyse):
    doc = analyse("Petrov said, “No.” I thought: “Why?”\n")
    assert [q.kind for q in doc.quotes] == ["speech", "thought"]


def test_dash_dialogue_after_a_colon():
    text = "Dante said: -- O, if not, the eagles will come.\n\nHe looked away.\n"
    assert quoted(text) == ["-- O, if not, the eagles will come."]


def test_marks_with_nothing_between_are_no_quotation():
    assert quoted('He typed “” and "" and \'\'\' twice.') == []


def test_a_right_mark_standing_alone_closes_but_never_opens():
    # Tokenised text: "Ladies ’" and "girls ’" are possessives, no quotation between them.
    text = "She played for the Ladies ’ Basket-Ball Team .\nShe read of girls ’ clubs .\n‘ Go ’ , she said .\n"
    assert quoted(text) == ["‘ Go ’"]


def test_a_dash_quote_ends_before_its_tag_and_a_dash_after_the_tag_opens_a_second_part():
    text = ("— Your sister is right, Kitty, said her father. — And you will go tomorrow.\n\n"
            "— No novels! said Kitty.\n")
    assert quoted(text) == ["— Your sister is right, Kitty,", "— And you will go tomorrow.", "— No novels!"]


def test_a_name_and_a_sentence_after_it_are_no_dash_tag():
    # "Pilar. It says": only a short word (Mr., Dr., an initial) takes a full stop inside a tag's subject
    text = "— It is his arm, Pilar. It says his arm.\n\n— Dr. Lund said it, said Jan.\n"
    assert quoted(text) == ["— It is his arm, Pilar. It says his arm.", "— Dr. Lund said it,"]


def test_a_verb_in_its_bare_form_before_a_name_is_no_dash_tag():
    text = "— There is, and none of it good. Ned's not one of them, thank God. Molly's been out since six.\n"
    assert quoted(text) == [text.rstrip()]


def test_a_saying_reported_inside_a_dash_speech_is_no_tag():
    # "he said he would" reports what another said; ", he said." and ", she said to me" are tags
    text = ("– On the site, – said Verka. – He slept there. Oh God, Mother, he said he would sleep on the site.\n\n"
            "– Then he slept under the sky, – I said.\n")
    assert quoted(text) == ["– On the site,", "– He slept there. Oh God, Mother, he said he would sleep on the site.",
                            "– Then he slept under the sky,"]
    assert quoted("— Go home, she said that evening.\n\n— I will, he said that he would.\n") == \
        ["— Go home,", "— I will, he said that he would."]


def test_a_dash_line_after_a_line_without_a_full_stop_is_speech_not_a_mention(analyse):
    doc = analyse("The boy read out the telegram.\n\nNED ALIVE NOT WOUNDED COME UP IF YOU CAN MOLLY\n\n"
                  "— Alive, said Biddy. Read it again, Tom.\n\n— I will, said Tom.\n\n— And again after.\n")
    alive = next(q for q in doc.quotes if q.text.startswith("— Alive"))
    assert alive.kind == "speech"
    assert next(e.name for e in doc.entities if e.id == alive.speaker) == "Biddy"


def test_in_dash_dialogue_a_paragraph_opening_with_a_thought_and_its_tag_is_a_thought(analyse):
    doc = analyse("— Hold still, said Molly.\n\n— I'm holding still, said Ned.\n\n— You are not, she said.\n\n"
                  "He'll not stop now, she thought, and it was their mother in him.\n")
    thought = next(q for q in doc.quotes if q.text.startswith("He'll"))
    assert thought.text == "He'll not stop now," and thought.kind == "thought"
    assert next(e.name for e in doc.entities if e.id == thought.speaker) == "Molly"


def test_a_full_stop_before_a_capital_is_no_dash_tag_regression():
    # "I told him" after a full stop is a sentence of the speech, not a tag that cuts it short.
    text = "— Yesterday. In the shrubbery. I told him he must ask you.\n\n— Why? I asked.\n"
    assert quoted(text) == ["— Yesterday. In the shrubbery. I told him he must ask you.", "— Why?"]


def test_speech_goes_on_after_a_past_tense_dash_tag_but_narration_does_not(analyse):
    text = ("The old man looked at her.\n\n"
            "— Then he had better come tomorrow, he said. A man who offers for a girl today is worth looking at.\n\n"
            "— Go, she said. She turned away and left the room.\n")
    doc = analyse(text)
    assert [q.text for q in doc.quotes] == ["— Then he had better come tomorrow,",
                                            "A man who offers for a girl today is worth looking at.", "— Go,"]


def test_a_thought_goes_on_as_a_thought_after_its_dash_tag(analyse):
    doc = analyse("She read it again by the lamp.\n\n"
                  "— She has decided it, then, Karin thought. She has decided the day for it.\n\n"
                  "— You are smiling, said her aunt.\n")
    assert [(q.text, q.kind) for q in doc.quotes] == [("— She has decided it, then,", "thought"),
                                                      ("She has decided the day for it.", "thought"),
                                                      ("— You are smiling,", "speech")]


LETTER = ("Eleanor broke the seal. It ran as follows:\n\n"
          "‘Brook Street, Wednesday night.\n\n"
          "‘My dear Eleanor,—Your father’s news reached me this afternoon. You are to come to me by "
          "Friday’s coach.\n\n"
          "‘Bring Pruett if she insists.\n\n"
          "‘Your affectionate aunt,\n‘Augusta Bexley.’\n\n"
          "Kitty read the letter in her turn.\n")


def test_a_quoted_letter_is_written_by_its_shape(analyse):
    doc = analyse(LETTER)
    assert [q.kind for q in doc.quotes] == ["written"]
    assert doc.quotes[0].text.startswith("‘Brook Street") and doc.quotes[0].text.endswith("Bexley.’")


def test_letter_parts_salutation_heading_and_valediction():
    text = "“Hartfield, May 3rd.\n\n“Dear Sir,—I write in haste.\n\n“Yours truly,\n“J. H. Watson.”"
    letter = letter_parts(text)
    assert letter.greeted is None                           # Dear Sir greets nobody by name
    assert text[slice(*letter.signature)] == "J. H. Watson"
    text = "“My dearest Jane,\nAll is well here.”"       # a salutation on a line of its own
    assert text[slice(*letter_parts(text).greeted)] == "Jane"
    text = "“Madam,—I write in haste. Your loving aunt.”"
    assert letter_parts(text).signature is None and text[slice(*letter_parts(text).valediction)] == "Your loving aunt"
    text = "«My dear father and mother, I kiss your hands. I am alive and well. Your son, Levon.»"
    assert text[slice(*letter_parts(text).signature)] == "Levon"      # a kinship word signs it too
    # speech that opens with a salutation, or ends in "yours", is no letter
    for speech in ("“My dear Mr. Bennet, have you heard that Netherfield Park is let at last?”",
                   "‘It is yours, Anna.’", "‘Yes, yours.’", "“I came to you as your loving aunt.”"):
        assert letter_parts(speech) is None


def test_a_servant_an_elder_brother_or_a_bare_your_signs_a_letter():
    for text, signed in (("“I will not marry any other. Your servant, Gopal Prasad Adhikari.”", "Gopal Prasad Adhikari"),
                         ("“Do not forget the oil. Your elder brother, Guoxian.”", "Guoxian"),
                         ("“The ash comes down day and night. Your Palli.”", "Palli"),
                         ("“Come before the rains. Your brother who embraces you, Anselmo.”", "Anselmo")):
        assert text[slice(*letter_parts(text).signature)] == signed
    assert letter_parts("“The ash comes down day and night. Your Palli.”").known_only     # only a known name
    # "your" and a name inside a sentence, or after a comma, signs nothing
    for speech in ("“I have brought your Anna home.”", "“Sit down, your Majesty.”",
                   "“Your brother who loves you is here, Anselmo.”"):
        assert letter_parts(speech) is None


def test_a_telegrams_kin_word_standing_alone_signs_it():
    text = "“ÄJE DIED 14 JANUARY. BURIED. DO NOT COME. STUDY. FATHER.”"
    assert text[slice(*letter_parts(text).signature)] == "FATHER"
    text = "“WOUNDED KRAKAU NOT LIFE THREATENING LETTER FOLLOWS SEIDEL OBERLEUTNANT.”"
    assert text[slice(*letter_parts(text).signature)] == "SEIDEL"      # a title after the name is passed over
    text = "‘ALL SAFE STOP FATHER ASKS FOR YOU STOP COME FOR EID STOP YUSUF’"
    assert text[slice(*letter_parts(text).signature)] == "YUSUF"       # not the closing single quote with it
    text = "‘O’BRIEN SAILS MONDAY STOP LOVE MAIREAD’"
    assert text[slice(*letter_parts(text).signature)] == "MAIREAD" and letter_parts("‘ARRIVING MONDAY STOP O’BRIEN’")


def test_a_written_quotes_closing_name_with_an_office_after_it():
    text = "“Mrs S. Evans requires extra nourishment on medical grounds. E. Hughes, M.B.”"
    assert text[slice(*closing_name(text))] == "E. Hughes"
    text = "“Died on the fourth of May. The house is sealed. Levchenko.”"
    assert text[slice(*closing_name(text))] == "Levchenko"
    # a full stop after a title or an initial ends no sentence; a name alone is no closing
    for text in ("“Okamura Shigeru. Age 62. Attending: Dr. Fujii.”", "“Kazakh State University named after S. M. Kirov.”",
                 "“Zhakupova G. N.”"):
        assert closing_name(text) is None


def test_a_quote_a_written_thing_says_or_one_said_in_writing_is_written(analyse):
    doc = analyse("Dr. Adler informed him in writing: “Your services are no longer required.”\n\n"
                  "The report said: “The Jews have left.”\n\nHe read the letter and said: “Good.”\n")
    assert [q.kind for q in doc.quotes] == ["written", "written", "speech"]


def test_an_untagged_quote_after_a_sentence_about_a_letter_is_the_letter(analyse):
    doc = analyse("Seiryō went to Maui in 1907. His first letter, dated the ninth of June, lies in the family's box "
                  "still.\n\n“I have arrived safely and am at work cutting cane.”\n\n"
                  "Saburō wrote from Lima. One, dated 15 May 1940, was written two days after the riots.\n\n"
                  "“On the thirteenth they broke the windows.”\n\n"
                  "He put the book down, which he had always told me was how books were ruined.\n\n"
                  "“So Maria sent you.”\n\n“Letters do not lie,” said Salim.\n\n“Then I will sit.”\n")
    assert [q.kind for q in doc.quotes] == ["written", "written", "speech", "speech", "speech"]


def test_a_tag_set_off_by_dashes_inside_guillemets_interrupts_the_quotation():
    text = ("«The horses are ready, — said Asel, — and so am I.»\n\n«We leave at dawn», — said Asel.\n\n"
            "«Stop! — shouted their father. — Come back.»\n\n«A dash — in the middle — is no tag.»\n")
    assert quoted(text) == ["«The horses are ready,", "and so am I.»", "«We leave at dawn»", "«Stop!", "Come back.»",
                            "«A dash — in the middle — is no tag.»"]


def test_a_conversation_set_the_french_way_is_one_quotation_a_turn():
    # « opens the first turn, a dash each later one, » closes the last; a tag inside the marks is set off
    # by commas alone, and may end the turn
    text = ("« You are early, said Armand. The tide has not turned.\n\n— I could not sleep, Papa.\n\n"
            "— Nor could I, » said Armand.\n\nHe said nothing more.\n\n« Will Paul come? he asked at last.\n\n"
            "— He promised. »\n\n« Tell him, I said, to row. »\n\n« Alone, » she said.\n")
    assert quoted(text) == ["« You are early,", "The tide has not turned.", "— I could not sleep, Papa.",
                            "— Nor could I, »", "« Will Paul come?", "— He promised. »",
                            "« Tell him,", "to row. »", "« Alone, »"]
    # a text that closes its marks round each turn keeps a comma and a saying inside them as speech
    english = "«She does, Uncle, she told me so on the stairs.»\n\n«I do not,» said Anig.\n"
    assert quoted(english) == ["«She does, Uncle, she told me so on the stairs.»", "«I do not,»"]


def test_a_tag_set_off_by_commas_whose_speaker_is_an_office_with_a_prefix_is_a_tag():
    # ("the sub-chief said", "the vice-consul asked": the hyphened office is the tag's subject)
    text = ("« They are burning at Gitarama, catechist, the sub-chief said. Who knows where they will burn next?\n\n"
            "— Then we go to the mission, said my uncle. »\n")
    assert quoted(text) == ["« They are burning at Gitarama, catechist,", "Who knows where they will burn next?",
                            "— Then we go to the mission,"]


def test_the_part_after_a_tag_set_off_by_commas_is_speech_not_a_word_mentioned(analyse):
    # (a short part without marks of its own: "where are the children?" is said, not cited)
    doc = analyse("Hüsnü Demirtaş came home early. His wife Saadet was in the kitchen.\n\n"
                  "« Saadet, he said from the door, where are the children?\n\n— On the roof. »\n")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.text, q.kind, names.get(q.speaker)) for q in doc.quotes[:2]] == [
        ("« Saadet,", "speech", "Hüsnü Demirtaş"), ("where are the children?", "speech", "Hüsnü Demirtaş")]


def test_a_conversation_set_the_french_way_gets_a_speaker_a_turn(analyse):
    doc = analyse("The Wharf\n\nArmand came down to the wharf. His daughter Lucienne was mending the net.\n\n"
                  "« You are early, said Armand. The tide is not yet turned.\n\n— I could not sleep, Papa.\n\n"
                  "— Nor could I. Your mother snored all night.\n\n— She will hear of that, » said Lucienne.\n")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Armand", "Armand", "Lucienne", "Armand", "Lucienne"]


def test_a_text_that_closes_speech_with_a_dash_toggles_speech_and_narration_at_each_dash():
    text = ("— Sit down, Dvořák, — said the lieutenant, who wore a grey jacket. — You know why you are here.\n\n"
            "— No.\n\n"
            "— Nobody ever knows. — He opened a folder. — Born 1926 in Brno. Correct?\n\n"
            "— Because he needed somebody, — said Vlček, — who could copy the drawings.\n")
    assert quoted(text) == ["— Sit down, Dvořák,", "— You know why you are here.", "— No.",
                            "— Nobody ever knows.", "— Born 1926 in Brno. Correct?",
                            "— Because he needed somebody,", "— who could copy the drawings."]


def test_spaced_dashes_set_a_tag_off_with_no_comma_before_it():
    # Spanish dialogue in translation with the dashes spaced: the tag is set off by dashes alone, and a
    # dash before a comma after the tag resumes the speech; a dash inside a speech with no tag after it
    # is the speaker's own
    text = ("— We leave at dawn — said my mother. — Bring the bread.\n\n"
            "— Is Chaw coming with us?\n\n"
            "— Then we walk — said my mother —, as our grandmothers walked.\n\n"
            "— The mare is lame — and the cart wheel is broken — he said.\n")
    assert quoted(text) == ["— We leave at dawn", "— Bring the bread.", "— Is Chaw coming with us?",
                            "— Then we walk", "—, as our grandmothers walked.",
                            "— The mare is lame — and the cart wheel is broken"]


def test_spaced_dash_tags_name_the_speaker(analyse):
    doc = analyse("My brother Pedro came in from the yard with a bucket of water.\n\n"
                  "— The mare is lame — he said. — We must walk.\n\n"
                  "— Then we walk — said my mother.\n")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.text, names.get(q.speaker)) for q in doc.quotes] == [
        ("— The mare is lame", "Pedro"), ("— We must walk.", "Pedro"), ("— Then we walk", "my mother")]


def test_dashes_that_set_the_narrators_words_off_inside_a_speech_split_it_into_parts():
    text = ("—Take it away —said my mother—. No, leave it.\n\n"
            "—Where? —she asked, and looked round the dining room.\n\n"
            "—He will come home —I told myself—, because he always does.\n\n"
            "—I was going to say—\n")
    assert quoted(text) == ["—Take it away", "No, leave it.", "—Where?", "—He will come home",
                            "because he always does.", "—I was going to say—"]


def test_dashed_asides_and_plain_english_tags_in_one_text_both_end_the_speech():
    # translators who keep the dashes may write some tags the English way, after a comma and no dash
    text = ("—They're fighting in the Plaça —said Enric—. The Guàrdia Civil has come over.\n\n"
            "—That is not fireworks, said his wife from the stairs.\n\n"
            "—To us, said Jaume. —And who is us?\n\n"
            "—Pare, is it the soldiers? asked Pepeta.\n\n"
            # a present tense is no such tag, nor a name and a sentence after it
            "—Julián, the boy says you are to come.\n\n"
            "—It is his arm, Pilar. It says his arm.\n")
    assert quoted(text) == ["—They're fighting in the Plaça", "The Guàrdia Civil has come over.",
                            "—That is not fireworks,", "—To us,", "—And who is us?", "—Pare, is it the soldiers?",
                            "—Julián, the boy says you are to come.", "—It is his arm, Pilar. It says his arm."]


def test_in_dash_dialogue_a_dash_after_narration_opens_speech_when_a_tag_follows():
    text = ("— Is it yourself, Father? said the old man.\n\n— It is, Mattie.\n\n— Come in out of the rain.\n\n"
            "Molly lifted the child onto her shoulder. — Joe's right, she said.\n\n"
            "He waited by the door. — A long time, it seemed to him.\n")
    assert quoted(text) == ["— Is it yourself, Father?", "— It is, Mattie.", "— Come in out of the rain.",
                            "— Joe's right,"]
    # in a text whose dialogue is not dashed, a dash after a sentence is the narration's
    assert quoted("Molly lifted the child onto her shoulder. — Joe's right, she said.\n") == []


def test_a_paragraph_in_capitals_after_the_narration_names_a_telegram_is_a_written_quotation(analyse):
    doc = analyse("The telegram came on the Wednesday by a boy on a bicycle. It said:\n\n"
                  "FITZMAURICE CLOONMORE NED ALIVE NOT WOUNDED COME UP IF YOU CAN MOLLY\n\n"
                  "— Alive, said Biddy. Read it again, Tom.\n\n— I will, said Tom.\n\n— And again.\n")
    wire = next(q for q in doc.quotes if q.text.startswith("FITZMAURICE"))
    assert wire.kind == "written"
    assert not any(q.text.startswith("CHAPTER") for q in analyse("CHAPTER FOUR THE RETURN OF THE KING\n\n"
                                                                 "He came home.\n").quotes)


def test_a_paragraph_the_narration_reads_out_after_a_colon_is_the_written_thing(analyse):
    doc = analyse("— Did you hear from Edward?\n\n— We did, Father.\n\n"
                  "She took the letter from behind the clock and gave it to him. It said:\n\n"
                  "I'm sorry Mam but I can't get down this Christmas. Tell the Da I'm minding myself. Edward\n\n"
                  "— His corporal's stripes, said Tom.\n")
    letter = next(q for q in doc.quotes if q.text.startswith("I'm sorry"))
    assert letter.kind == "written"


def test_a_letter_whose_heading_runs_on_into_its_salutation_is_a_letter():
    parts = letter_parts("‘Kampala, 3rd March 1958. Respected Ma, dear Savita, dear children. It rains every "
                         "afternoon, as if by order of the Governor.’")
    assert parts is not None and parts.greeted is not None
    assert letter_parts("‘Kampala is wet. Dear me, how it rains.’") is None


def test_a_sentence_about_one_s_mother_closing_a_quote_is_no_valediction():
    assert letter_parts("“Lower your voice. Your mother is sleeping.”") is None
    assert letter_parts('"There is a room here. Your father built it."') is None
    assert letter_parts("“I am well and fed. Your loving son, Ivan.”").signature is not None


def test_a_part_after_a_written_or_thought_quotes_tag_goes_on_in_its_kind(analyse):
    doc = analyse("The chairman was waiting outside the committee with a young policeman.\n\n"
                  "“Lacko, Vincent,” Ševčík read. “Horse dealer. Two horses, one wagon.”\n\n"
                  "“Three horses. The grey is in foal.”\n\n"
                  "“We are lost,” Anna thought. “Nobody will come for us now.”\n\n"
                  "“Bring the lamp,” she said. “It is dark.”\n")
    assert [q.kind for q in doc.quotes] == ["written", "written", "speech", "thought", "thought",
                                            "speech", "speech"]


def test_a_low_mark_closes_high_as_polish_and_german_books_set_it():
    text = ("„Gigo goes down to Vladikavkaz,” Tembolat said. „Aslan stays.”\n\n"
            "„Komm“, sagte sie. „Where is »the« tower?” he asked.")
    assert quoted(text) == ["„Gigo goes down to Vladikavkaz,”", "„Aslan stays.”", "„Komm“",
                            "„Where is »the« tower?”"]


def test_en_dash_dialogue_lines_toggle_speech_and_narration_as_em_dash_ones_do():
    # Macedonian, Hungarian and Scandinavian books in translation open speech with an en dash
    text = ("– Come away from the window, – said Grandmother. – The lake is cold tonight.\n\n"
            "– I am only counting the boats.\n\n"
            "– Count them from the stove, – she said.\n")
    assert quoted(text) == ["– Come away from the window,", "– The lake is cold tonight.",
                            "– I am only counting the boats.", "– Count them from the stove,"]


def test_en_dash_dialogue_names_the_speaker(analyse):
    doc = analyse("Grandmother Velika sat by the stove with her spindle.\n\n"
                  "– Come away from the window, – said Grandmother. – The lake is cold tonight.\n\n"
                  "– I am only counting the boats, – said Trajko.\n")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Grandmother Velika", "Grandmother Velika", "Trajko"]


def test_the_right_mark_opens_as_well_as_closes_in_finnish_and_swedish_typography():
    text = ("”Bring the nets in,” said Iivo. ”The ice is coming.”\n\n"
            "”Not yet,” his brother said, ”not before Michaelmas.”\n\n"
            "She wrote: ”We are all well. Anni sends ’her love’ to you.”")
    assert quoted(text) == ["”Bring the nets in,”", "”The ice is coming.”", "”Not yet,”",
                            "”not before Michaelmas.”", "”We are all well. Anni sends ’her love’ to you.”"]


def test_a_stray_right_mark_in_a_text_set_with_left_and_right_marks_opens_nothing():
    # one mistyped ” in a text of “…”: the right mark still only closes
    text = ("“Bring the nets in,” said Iivo. ”The ice is coming.\n\n"
            "“Not yet,” his brother said. “Not before Michaelmas.”")
    assert quoted(text) == ["“Bring the nets in,”", "“Not yet,”", "“Not before Michaelmas.”"]


# An oral history quoting its recordings the way transcripts print them: a label and a colon, no marks.
TRANSCRIPT = """In 1978 the folklorist Anne Cullen recorded Margaret Walsh at her kitchen table.

CULLEN: When did your father give up the boat?

MARGARET WALSH: The spring of thirty-six. He said, "I'm done with it."

CULLEN: And your uncle?

MARGARET WALSH: Uncle Pat went on a year or two.

Her brother Michael remembered it differently. "Dad went out in the summer," he told Cullen.
"""


def test_a_transcripts_turns_after_their_labels_are_quotations():
    assert quoted(TRANSCRIPT) == ["When did your father give up the boat?",
                                  "The spring of thirty-six. He said, \"I'm done with it.\"", "\"I'm done with it.\"",
                                  "And your uncle?", "Uncle Pat went on a year or two.",
                                  "\"Dad went out in the summer,\""]


def test_labels_make_a_transcript_only_where_two_speakers_take_turns():
    # a run of notes, or two labelled lines, is no transcript
    notes = "Note: the tapes are lost.\n\nNote: the farm was sold.\n\nNote: nobody remembers.\n"
    assert quoted(notes) == []
    assert quoted("CULLEN: When did he stop?\n\nWALSH: In thirty-six.\n\nThe tapes end there.\n") == []
    assert quoted("Monday: rain.\n\nTuesday: rain.\n\nWednesday: sun at last.\n") == []


def test_a_transcripts_turns_are_speech_whatever_the_narration_before_says(analyse):
    doc = analyse("He wrote it all down in his notebook:\n\n" + TRANSCRIPT.split("\n\n", 1)[1])
    assert [q.kind for q in doc.quotes][:2] == ["speech", "speech"]


# An oral history that prints its witnesses' words as indented blocks, without marks.
BLOCKS = """The mine at Botallack closed in the spring of 1914, and the Trevaskis family lived through it at Carn
Gloose.

Jory's sister Morwenna Trevaskis was eleven that year. She remembered it this way:

    We had no coal for the range and no flour in the crock. Mother sent me down to the count house with a note,
    and the purser tore it in two in front of me.

Her brother Jory, who was fourteen, put it more shortly when the historian Ruth Pascoe asked him in 1979.

    They starved us out. That is all there is to say about it.

The union's notice to the families was nailed to the chapel door:

    ALL MEMBERS WILL MEET AT THE SCHOOLHOUSE ON SATURDAY AT NOON.

"Did you go?" Pascoe asked.

"Every one of us went," said Jory.
"""


def test_indented_blocks_after_narration_are_quotations():
    assert quoted(BLOCKS) == [
        "We had no coal for the range and no flour in the crock. Mother sent me down to the count house with a note,"
        "\n    and the purser tore it in two in front of me.",
        "They starved us out. That is all there is to say about it.",
        "ALL MEMBERS WILL MEET AT THE SCHOOLHOUSE ON SATURDAY AT NOON.",
        "\"Did you go?\"", "\"Every one of us went,\""]


def test_a_text_that_indents_every_paragraph_has_no_block_quotations():
    text = "    The mine closed in 1914.\n\n    Jory went to Camborne.\n\n    Morwenna stayed at home.\n"
    assert quoted(text) == []


def test_an_indented_block_is_spoken_by_the_one_the_narration_before_names(analyse):
    doc = analyse(BLOCKS)
    names = {e.id: e.name for e in doc.entities}
    said = [(names.get(q.speaker), q.kind) for q in doc.quotes]
    assert said[:3] == [("Morwenna Trevaskis", "speech"), ("Jory", "speech"), (None, "written")]


ITALIC_NOVEL = """# The Well

*For my mother, who waited.*

Berdi sat on the rim of the well with his cap over his eyes. He had read *The Secret History of the Mongols* twice.

"You are late," Berdi said.

"Grandmother kept me."

He laughed and pulled the rope. *He knows something,* I thought, *and he will not tell me.* The *kelin* came with the bread.

"Has the letter come?" I asked.

"It came this morning." He looked away toward the house. *She will cry again tonight*, he must have thought.
"""


def test_a_thought_set_in_italics_without_marks_is_a_thought_quotation(tmp_path):
    from personae import analyze
    path = tmp_path / "well.md"
    path.write_text(ITALIC_NOVEL, encoding="utf-8")
    doc = analyze(path)
    names = {e.id: e.name for e in doc.entities}
    found = [(q.text, q.kind, names.get(q.speaker)) for q in doc.quotes]
    # the epigraph, the book's title and the foreign word are no quotations
    assert [(text, kind) for text, kind, _ in found] == [
        ('"You are late,"', "speech"), ('"Grandmother kept me."', "speech"), ("He knows something,", "thought"),
        ("and he will not tell me.", "thought"), ('"Has the letter come?"', "speech"),
        ('"It came this morning."', "speech"), ("She will cry again tonight", "thought")]
    narrator = next(e.name for e in doc.entities if e.is_narrator)
    assert [speaker for _, _, speaker in found][2:4] == [narrator, narrator]
    assert found[-1][2] == "Berdi"
    assert validation_errors(doc.to_dict()) == []
    # the same words in a plain text hold no italics: its asterisks are no thought
    plain = tmp_path / "well.txt"
    plain.write_text(ITALIC_NOVEL.replace("*", ""), encoding="utf-8")
    assert all(q.kind != "thought" for q in analyze(plain).quotes)


def test_a_written_noun_inside_the_quote_makes_no_written_tag(analyse):
    # (the parser may hang the quote's "book" on the tag verb as its subject: the finquero still speaks)
    doc = analyse("Don Guillermo came up to sign the books himself.\n\n"
                  "“Your book, Diego,” said the finquero, who did not get down from the horse. “Let me see.”\n")
    assert [q.kind for q in doc.quotes] == ["speech", "speech"]
