"""Quote probes, round 8: short fictional news passages in styles PolNeAR (US election
wire, 2016) does not cover -- UK, Irish, Australian and New Zealand local and national
papers, wire copy, broadcasters' web stories, press releases quoted in news, live blogs,
court and police reports -- each with every quote a careful reader expects.

One list, shared by tests/test_quote_probes_round8.py (every case must pass; for a few the
test leaves the speaker mention to speaker finding) and bench/quote_probes.py (scores every
case and prints the misses). Every person, place, outlet and event here is invented. Batch 1
was written first and the fixes of round 8 were made on it; batches 2, 3, 4 and 5 were each
written after the fixes before them, and their first runs are held-out figures. Batch 5 adds
sports, business and markets, health and science, obituaries, weather and travel, opinion,
wire "said Tuesday", asides in brackets, wrapped lines, quoted titles and false friends
(titles, scare quotes, banners, nicknames, a phrase mentioned: no quote). Batch 6 (round 9,
written before its fixes; first run 27/35 fully right, 32/35 spans right) adds Canadian,
Indian, South African, Singaporean and US local news, broadcast transcripts with speaker
labels, a parliamentary record, council minutes, press conferences with several speakers,
split and multi-paragraph quotes (single marks beside plural apostrophes), and more false
friends (film and song titles, "known locally as", a word mentioned as a word). Batch 7
(round 9) is reporting verbs of manner, feeling and gesture ('"...," she laughed', '"...,"
snapped X', 'X fumed: "..."') and speech verbs outside PolNeAR's ("conceded that", "pointed
out that"), with their false friends ("laughed at the idea", "pleaded guilty"), written in
three sets, each before the fixes that followed it: first runs 15/35, 13/17 and 12/15 fully
right. Batch 9 (round 10, written before its fixes; first run 42/51 fully right, 46/51 spans
right) adds US and UK court testimony and sentencing, science and business press ("said on a
call with analysts", "disclosed in a filing"), translated words, posts on X, Instagram, TikTok
and Truth Social, live-blog stamps, "Q." labels, square brackets and ellipses inside quotes,
dash signatures, a pull quote, quoted headlines, a long quote whose cue comes in its second
paragraph, two speakers in one sentence, "quoted X as saying", a noun cue ("X's claim that"),
statements read for someone, nested quotes, and false friends (a sign, a slogan, titles, a
word mentioned, a scare quote). Batch 10 (round 11, written before its fixes; first run 28/42
fully right, 30/42 spans right) adds long features (pronouns, "she added", "went on", a quoted
paragraph after a paraphrase), quotes cut twice, nested and dashed quotes, sloppy marks (a
quote left open at a paragraph's end, "rock 'n' roll", "the '90s", "O'Neill's", plural
possessives), reporting verbs in unusual tenses and moods ("would later claim", "has long
argued", "is expected to announce"), negated reports, several voices in one paragraph ("One
resident said ... Another said ..."), vox pops ("Jane Roe, 34, teacher: '...'"), press
releases, documents as sources, a one-word headline quote, and false friends (titles, a
nickname, "so-called", a search term, a product name). Batch 11 (round 12, written before its
fixes; first run 38/44 fully right, 38/44 spans right) adds US local TV and radio web copy,
magazine long-form in the present tense, fact-checks (the verdict is the writer's, no quote),
editorials, press releases and their "About" boilerplate, tabloids ("one pal said", "a source
close to the couple"), documents ("the memo reads:", "the lawsuit alleges"), post-match
interviews, NGO and UN reports, "commented on" a topic, court transcripts with role labels,
ellipses and [sic], "X, who said ..., added ...", reported questions, dash attributions,
quotes in three parts, "per" sources, and false friends (titles, scare quotes, a storm's nickname).
Batch 12 (round 13, written before its fixes; first run 32/41 fully right, 33/41 spans right)
adds live-blog stamps and rolling news ("BREAKING: Police say ..."), Q&A interviews with two
pairs, obituaries and tributes, a quote split over a paragraph break with the cue in the
middle, editorial brackets and ellipses, "according to a statement from", "the minister's
office said", a dash signature opening its own line, a headline quote with its comma outside
the marks ("'...', say farmers"), "?" and "!" before the cue, "added" at a press conference,
sports and business results ("said quarterly revenue fell"), "warned", "insisted",
"conceded", "admitted", passive cues ("It was announced that", "was quoted as saying"),
negated and hypothetical cues ("declined to say how many", "If the minister says",
"Nobody has said": no quote), scare quotes and titles, a transcript with a name label and
a role label, documents as speakers, and station call signs with a channel number.
Batch 13 (round 14, written before its fixes; first run 32/42 fully right, 34/42 spans right)
adds wire copy with long subjects ("The chief executive of X, the country's ..., said on
Tuesday that"), "said ..., adding that/adding:" chains, "said X, who ..." with long relative
clauses, quotes in parentheses and in bulleted lists, "according to a transcript", "in a
letter seen by", "told X's Daybreak programme", interviews with full-name labels, headline-only
quotes ("Mayor vows '...'", "'...' - Kaur", "'...': residents describe ..."), a reporter's own
question, reports over two sentences ("It would, she added, cost jobs"), "The secret, says X,
is ...", "So says X", "Those were the words of X", "in X's words", "reportedly said", "was
heard to say", "is quoted as saying that", "shared a video ..., saying", "wrote in the Sentinel
that", "Writing in ..., X argued", "Sources close to X say", "a source familiar with ... said",
and false friends (a stated goal, "self-styled", a petition's title, a song sung, a boat's
name, a book a story is told in, a code name).
Batch 14 (round 15, written before its fixes; first run 27/32 fully right, 29/32 spans right,
one of the misses an expectation of ours against the convention below, "called the figures
'...'" keeping its object) adds everyday local and national news: council meetings, weather
warnings, health advice, match reports with several players quoted, earnings with analysts
quoted, police appeals, a judge's words to a jury, family tributes, a letter to the paper,
a correction ("misquoted X as saying": no quote), numbers, dates and nested single marks
inside quotes, a quote whose cue follows its first sentence and that runs on over three
paragraphs, one-word answers, and false friends (an irony quote, a show's title, "so-called"
after a verb that reports only quoted words: "will pay the so-called 'garden tax'").
Batch 15 (round 16, written before its fixes; first run 34/43 fully right, 37/43 spans right)
adds US political wire copy ("told supporters", "said in an interview with ... that", "according
to a person familiar with", officials "who spoke on condition of anonymity", "the campaign said in
a statement that", "a spokesman for Rep. X", a "that" clause with "if" and "because" inside it,
reports followed by the writer's ", and his campaign filed ..." or ", but he has not done so",
"said A and that B", trailing ", which ..." glosses against restrictive "which", ", even as ..."
against "as" inside the report, "argued", "insisted", "warned", "suggested", "acknowledged",
"denied", "vowed to"; "believes" is no quote without beliefs mode), sports press conferences,
science releases ("their findings, published ..., showed that"), foreign-ministry statements
("called on both sides to"), and TV interviews (a programme's quoted title before "that", "told
host X that", a transcript whose capitals labels name no one the article names).
Batch 16 (round 17, written before its fixes; first run 27/43 fully right, 32/43 spans right,
one miss our own expectation against the cue-as-written convention) adds long features with
several voices and pronoun chains over paragraphs, group speakers ("residents said", "critics
say", "two people briefed on the talks said", "officials said"), denials and refusals ("declined to
comment, saying", "denied arranging"), hedged reports ("suggested the plan might", "appeared to
concede that", "hinted that"), reports of reports ("told the inquiry that her manager had said"),
podcast transcripts with time stamps, a radio phone-in, press conferences ("Asked by a reporter
whether", "Q:" lines between labelled answers), embedded posts signed "— Name (@handle) date",
handles after a name, words said in Swahili or Tagalog or through an interpreter, Indian,
Nigerian, Kenyan and Filipino papers ("informed the House that", "opined that", "in a statement
signed by its National Publicity Secretary"), passive reports ("It was claimed that", "is said to
have told friends that", "It has been reported that"), headline quotes over a standfirst that
names the speaker, and a false friend ("said goodbye to the pier": open, PolNeAR counts it).
Batch 17 (round 18, written before its fixes; first run 40/45 fully right, 43/45 spans right) adds
fact-checks (a claim made "in a video posted to his campaign's Facebook page", "The post, which had
been shared ..., said:", "did not respond to a request for comment" and a rating as no quote, a
rating in marks, "told PolitiCheck", "No such ordinance exists, county officials said", a nested
quote told to a rally), emergency and disaster coverage ("said X, 67, speaking by phone from",
"Capt. X of the Y Fire Department told the station that", a long subject in apposition with a
"who" clause, a quote cut by its cue then running over a paragraph, a nested question, "said the
director of the county's Office of Emergency Management, Pam Reyes", "Several residents reached
by phone said", "warned in a 4 p.m. bulletin that"), health and medical news (a lead author after
a long apposition, "The paper said", "wrote in the Journal of ... that ... because", a hospital
spokeswoman, "said ... but cautioned that", "according to data released Friday by"), US local
metro news (school board members, public comment, a zoning attorney, "police said", "According to
a police report, the woman told officers that", "pushed back, saying", a superintendent's letter),
entertainment interviews ("told the magazine of her first Broadway role", "he joked", "says,
leaning back in his chair,", "shared the news on Instagram, writing:"), Q&A interviews (an
introduction whose own note says "This interview has been edited for length and clarity"), and
false friends ("said a prayer for the families", a song titled "Say It Again").
Batch 18 (round 19, written before its fixes; first run 36/44 fully right, 40/44 spans right) adds
UK and Irish tabloids and regional papers ('fumed mum-of-three X, 34', "blasted the decision as
'...'", "Pal X told The Sun last night:", "A source close to the star said:" with exclamations, a
headline quote in capitals over a standfirst whose subject a participle describes, "one raged",
"sobbed X, 19" then a floating quote, a quote over two paragraphs, "Cllr" with an Irish name,
"Speaking to the Western Echo, Mr X said:", "said Dr X, medical director at Y NHS Trust"), US court
reporting ("Prosecutors said", "According to court documents", "The complaint alleges that", "His
attorney, X, said in a filing", "defense attorneys argued", "federal prosecutor X told jurors",
"U.S. District Judge X wrote in a 23-page ruling", "The lawsuit, filed in ..., claims", "Asked by the
judge whether"), earnings calls and analyst notes ("said on a call with analysts", "told analysts on
Thursday's call that", "analysts at X wrote in a note to clients, cutting", "In a note to clients, X
analyst Y said"), sports transfer news ("according to reports in Spain", "The club said in a
statement that", "the 21-year-old told the club's website", "the Daily Courier reports", an
agent's nested quote), hedged news analysis ("Critics say ..., and some economists warn", "The move,
officials privately concede, is", "As one senior backbencher put it to me:"), bodies with "and" in
their names ("Ambervale Fire and Rescue says", "The Food and Drug Administration said", "Pennington
and Rowe said", a spokeswoman for a "Health and Social Care Partnership", "a Department for
Farming and Rural Affairs spokesperson", two bodies joined by "and"), and false friends ("pleaded
guilty", "did not speak", a forecast cut, a show "dubbed" a name).
Batch 19 (round 20, written before its fixes; first run 34/42 fully right, 36/42 spans right, one
miss our own expectation against the cue-as-written convention, "cut in" as "hit back") adds press
reviews and translated media summaries ("told state television that", "the daily quoted X as
saying", "In remarks carried by the state news agency", "according to a translation by", "called the
agreement '...'", "Writing in the weekly X"), wire roundups with several speakers in one sentence
(", while", semicolons, "one diplomat ... Another said"), question time and panel debates ("asked
the prime minister whether", "shouted Ms X from across the chamber", "told the House that",
"Responding to a question from", "interjected", "began, before X cut in:"), social media ("posted
on X, formerly Twitter, that", "In a TikTok video viewed ...", "replied in a thread on Bluesky,
adding that", "Posting on Facebook,"), anonymous sources ("a source close to", "people familiar
with the matter said", "One official, who was not authorised to speak publicly,", "a person with
knowledge of", "According to two people briefed on", "privately acknowledge"), documents and data
("concluded that", "The filing shows that", "Minutes of the meeting record that", "According to
figures from", "The audit, seen by X, warns"), a two-paragraph quote, a quote split by "told
reporters", nested single marks, and false friends (a hashtag, a report's length, a title).
Batch 22 (round 23, written before its fixes; first run 31/40 fully right, 31/40 spans right)
is content boundaries in US political wire copy: long reports ending in an "unless", "until",
"if" or "because" clause, the writer's clauses after a comma (", as he toured ...", ", after a
judge struck down ...", ", while her running mate is expected ...", ", even though every poll
...", ", citing ...", a clause in brackets), two clauses in one report ("and", "but", "that"
repeated), "said" in the middle of a sentence, trailing attribution, a dateline and a reporting
credit, "(D-Ore.)" after a name, questions and conditionals, reports over two sentences, and
false friends (a poll that "showed", "said little about", "If X says").
Batch 23 (round 24, written before its fixes; first run 24/32 fully right, 27/32 spans right,
one miss our own expectation against the apposition convention) is contents that are no report
(a pronoun, demonstrative or "exactly that" as the whole content, "what ... called for", a
participle of "demanding" with a noun object, "allows", a paper that "has learned" or
"understands") against those PolNeAR train annotates ("confirmed the leak", "announced 300 job
cuts", "asked for a meeting", "called for calm, saying", "demanded that", "demanded to know
whether"), datelines before a subject, and a direct quote that ends in a comma.
Batch 24 (round 25, written before its fixes; first run 21/28 fully right, 25/28 spans right) is
"with X saying/telling/warning ..." in wire copy and hearings (X speaks; "with 300 passengers on
board" is no report), a document issued or adopted by a body ("adopted a resolution calling on",
"issued a statement urging": the body speaks, as PolNeAR train marks the Source 12 of 12) against
a document that is the subject or was received ("A petition calling for ...", "received a letter
from residents demanding ..."), "It" after a memo, "said the opposite" (content, as PolNeAR
annotates "said so", "saying the opposite"), a paper that "has learned" or "can reveal" (the
writer), "asked X for" a noun phrase, and inquests and tribunals ("told the inquest ...").
Batch 25 (round 26, written before its fixes; first run 28/31 fully right, 30/31 spans right; two
expectations were then put in line with PolNeAR train and the file's conventions, "a sign" held up
is its holder's and "A memo seen by the Lobbyline" keeps its participle, with which the first run
would have been 27/31) is Scottish and Canadian court reporting, earnings calls (analysts'
questions, CFO answers), science releases ("the authors wrote", "the study found", a co-author),
notes and signs that demand or say, a document's post-modifier ("A safety letter from 2023"),
quoted fragments after "called", reports paired across a semicolon, and news outlets as an
addressee, in "an interview with" or in a "seen by" phrase.
Batch 26 (round 27, written before its fixes; first run 6/15 fully right, 7/15 spans right) is
imperatives, which report nobody's words (a regulator's template "Report suspected side effects
through ...", "Tell us your story", "Ask your pharmacist", "Call 0800 ...", "Say what you like
about ..."), an outlet asking its own question ("The Gale asks: ..."), and their false friends:
an imperative in quote marks or before an inverted cue ("Tell the council what you think, the
mayor urged"), "told reporters to ask", a "Report:" headline label, an outlet that asked someone.
Batches 27 to 30 live in tests/quote_probe_cases_b27.py to _b30.py. Batch 31 (round 32, written
before its fixes; first run 34/38 fully right, 35/38 spans right; one expectation, "the crowd" after
"chanted", was then put in line with the convention that a phrase after the subject saying which
voice stays in the mention) is technology trade press and product launches ("said in a blog post",
"wrote in a post on its developer forum", "The changelog says", an executive "on an earnings
call"), live blogs (a stamp on a line of its own before "Mayor X: “...”", "Update:", "Earlier, X
told"), emergency briefings and police appeals, magazine features ("describes her first years as
“...”", "as she puts it, “...”" -- a mixed quote of the quoted words, as "in X's words" --, "she
recalls" before a quote over three paragraphs, nested quotes), translated and interpreted words
("(translated from ...)", "told the paper in French"), a crowd that chanted, and false friends
("is said to be", a product's name and "so-called" in marks, a scare quote, song and film titles,
a banner's and a painted sign's words, a police appeal with no cue, a live blog's key points).
Batch 32 (round 33, written before its fixes; first run 32/36 fully right, 32/36 spans right) is
West and East African English-language press ("said while speaking with journalists in X on
Tuesday that", "told our correspondent:", "in a statement signed by its spokesman, Chief X,",
honorific chains "Hon. Engr.", "Alhaji", "Chief"), arts criticism ("calls the production “...”", a
paper that "gave the show three stars, calling it “...”", an author who "writes" in her memoir, a
critic after an inverted "said"), court judgments and regulatory rulings ("wrote in a 40-page
ruling that", "In a dissenting opinion, Judge X wrote", "The panel's decision states that",
"said in its ruling that", "The tribunal found that": open, as "the report found that"), sermons
and ceremonies ("told worshippers at", "said in his homily", "The congregation responded: “Amen.”",
"urged the faithful to"), think-tank reports and polls ("The report concludes that", "respondents
said", "According to the survey,", a lead author in apposition, "The X Institute's report,
published on Monday, warns"), the open forms of round 32 (a stamp line before "Mayor X said ...",
"called last year “...”": the time is what is named), and false friends ("men said to be members",
star ratings and a book's title, a novel's own opening line, a single's and a hymn's titles,
"so-called", a scare quote, words carved above a door).
Batch 33 (round 34, written before its fixes; first run 30/33 fully right, 32/33 spans right) is
military and defence briefings ("Lt. Col. X told a briefing that", "said Maj. Gen. X, the army's chief
spokesman", "Rear Adm. X warned that", "A defence official who was not authorised to speak publicly
said", "the ministry said in its daily update that"), election-night coverage ("told supporters in X:",
"told cheering supporters that", "The returning officer, X, declared that", an exit-poll professor, a
results line before "Name: “...”", "In her victory speech, X vowed to"), corporate filings and market
notices ("said in a regulatory filing", "The prospectus warns that", "In a letter to shareholders, X
wrote", analysts who "wrote in a note to clients", "said in a statement to the X Stock Exchange"), live
text commentary of sports ("FT:", "76 min: The referee says", "Coach X: “...”": open, the job kept as a
title), weather and emergency warnings ("forecaster X said", "A yellow warning for snow and ice says",
"In a post on X, Kelmar Fire and Rescue Service urged drivers to"), the open form of a live-blog stamp
line ("Updated at 5.30pm" before "Mayor X said": found since round 33), and false friends ("said to be
close to", a code name, "so-called", a song sung along to, a compound modifier in marks, "signs reading
“...”", a film's title).
Batch 34 (round 35, written before its fixes; first run 29/34 fully right, 31/34 spans right; one
expectation, "according to" for a sentence-opening "According to", was then put in line with the
cue-as-written convention) is travel and lifestyle features (locals by first name, "says X, who ...",
"“...,” she laughs", "“...,” he shrugs. “...”", a guide who "explains that" or "explains:", "Locals
say"), radio phone-ins and letters to the editor ("caller Dave from X said", "writes reader X of Y",
"A listener texted:", "In a letter to the editor, X of Y argues that", a presenter who "asked the caller
whether"), explainers for young readers and Q&A explainers ("Experts say ... because", "Scientists
think": no quote without beliefs, "According to the charity,", a question the explainer answers
itself), property and consumer columns ("A spokesperson for the letting agency said", "The ombudsman's
ruling says", "The retailer told X magazine that", "said a spokesman for X", "The landlord, X,
insisted that"), restaurant and product reviews (a menu that "promises “...”" and packaging that
"says": the document speaks, no person; "The head chef, X, told us that"), and false friends ("is
said to be", "said to be a century old", "so-called", a scare quote, a song asked for and one played, a
film a bistro is named after, a jar labelled “...”, a neon sign's words).
Batch 35 (round 36, written before its fixes; first run 28/34 fully right, 30/34 spans right) is
photo captions and TV news scripts ("Pictured: Mayor X at ..., where she said", "SOT: Mayor X: “...”",
"(on camera) Residents say", "told Kelmar Tonight that"), celebrity and entertainment gossip ("A source
close to the couple told X magazine that", "An insider claims:", "Her rep confirmed to X that", "said one
pal of the actor", "told friends she was “...”"), affidavits, charging documents and lawsuits ("According
to an affidavit,", "The complaint alleges that", "Prosecutors wrote in a filing that", "The charging
document says", "The lawsuit calls the policy “...”", "In the affidavit, Detective X wrote that"),
investigative pieces ("Records obtained by X show that", "In emails reviewed by X, the director wrote",
"Two officials with knowledge of the matter said", "said one official, who spoke on condition of
anonymity"), horse racing and motor sport ("said jockey X after the race", "Trainer X told reporters
that", "said over team radio", a team principal), and false friends (a banner reading “...”, a single's
and a film's titles, "dubbed “...” by fans", "so-called", "said to be worth", a scare quote, a horse named
"Say No More", "did not respond to requests for comment").

Each expected quote is Q(text, kind, cue, speaker): `text` the content exactly as the
extractor should cut it (the project's conventions: quoted words without their marks but
with the punctuation inside them, "that" kept at the head of a reported clause, one span
for a statement over several paragraphs with the marks between them), `kind` direct,
indirect or mixed, `cue` the reporting word(s) as written, `speaker` the mention as written
(titles right before a name are part of it, "Det Insp Colm Rafferty"; a descriptive role is
not, "Carrow Rovers manager Gus Telford" is "Gus Telford"; a quote with no cue of its own
takes the cue and the mention of the statement it continues; a mixed quote that is only
quoted words keeps its marks, "“a disgrace”"). A case with no Q is a
passage where a reader expects no quote at all.

Decisions a reader could argue (kept here so the expectations are read the same way):
- "The court heard that ..." reports what was said in court by nobody named: an indirect
  quote with no speaker; so does "It is alleged that ..." (a speech verb with no one named;
  first written as no quote, changed on reflection after batch 3's first run).
- A police appeal ("Anyone with information is asked to call ...") is the writer's own
  line unless a cue gives it to someone.
- A headline "Minister: 'We will act'" (or a live-blog line "09:40 Ms Lind: '...'") is a
  direct quote of the one named before the colon, with no cue word; page furniture
  ("Watch: '...'") names no speaker. So is '"..." - that was the message from X'.
- Q&A transcripts: each answer line ("A: ...") is the interviewee's direct words (no cue);
  the question lines are the outlet's own words, no quote; the "Q:"/"A:" labels are not part
  of the content. An explainer that asks and answers its own questions is the writer's.
- "Asked whether he would stand again, X replied: ..." keeps the project's convention: the
  reporter's question is an indirect quote with no speaker (cue "Asked").
- A noun of speech with its owner ("Mr X's claim that ...", "the warning by the union that
  ...") is an indirect quote of the owner, the noun its cue; with no owner named it is none.
- A signature after a dash ('"..." \u2014 Jane Roe, nurse') gives the quote to the name, no cue.
- "according to" keeps a participle after the source in the mention ("two people briefed
  on the talks"): it says which source.
- Transcripts with speaker labels ("KITTREDGE: ...", a parliamentary record's "Mr X
  (Constituency) (Party): ...") give every labelled turn, the host's questions too, to the
  one the label names, as written, with no cue: unlike "Q:", a label that names a person is
  a speaker. A label that names no one ("RESOLVED: That ...") is no quote.
- "..., per two league sources" is "according to" with "per" as the cue; "commented on the
  report" names a topic, no quote (open: PolNeAR counts it); a court transcript's role labels
  ("THE COURT:", "THE WITNESS:") give the turns to the role as written, like a name label.
- Words not (yet) said are no quote: "is expected to announce", "is due to say whether",
  "refused to say whether", "did not say when"; "X never said Y, his lawyer told the
  hearing" is the lawyer's statement only. A vox pop's "Jane Roe, 34, teacher: '...'" is the
  name's, with no cue. A document that states or finds ("The filing states that ...", "the
  report found that ...") is the source of its words.
- Words nobody said are no quote: a cue whose subject is "nobody"/"no one", a cue inside an
  "if"/"unless" condition, a request yet to be made ("she will be asked to prove it"). A
  headline "'...', say farmers" is the farmers' direct quote with "say" as its cue; a
  signature on a line of its own after the quote ("\u2014 Parish councillor Jane Roe") signs it.
- "In the auditor's words, '...'" gives the quoted words to the owner of "words" (the noun its
  cue), a mixed quote of the quoted words, as "called it '...'"; "in other words" names no one.
  "'...' - Kaur", a lone surname ending the line after a dash, signs the quote as a full name
  does; "So says X" after a quote is its cue; "Those were the words of X" is a signature with
  no cue, as "that was the message from X".
- A record named by "according to" around someone's report ("..., the pilot said, according
  to a transcript") is expected to leave the report alone; PolNeAR annotates the record as a
  second, nested source of the whole sentence, so both cases stay open (the report is found).
- A correction's "misquoted X as saying ..." (or "wrongly quoted X as saying") gives X words
  the paper says X never said: no quote. Quoted words right after "so-called" are a name in
  use, not the subject's words: they make no report of a verb that reports only quoted words
  ("pay", "offer", "send"); "called the figures '...'" keeps its object, as "called the offer '...'".
- A clause joined by ", and"/", but" after a reported clause, with its own subject and in the
  cue's own simple past while the report is shifted back ("said the debate had been rigged,
  and his campaign filed a complaint"), is the writer's narration; so are "but he has not done
  so", ", even as ..." and ", which the Ledger first reported". "believes"/"thinks" report no
  words (a quote only with beliefs=True); a programme's quoted title after "said on" is no quote.
- A report inside another's report ("told the inquiry that her manager had said the bridge was
  safe") is a second quote of the one named inside (open: PolNeAR does not count these). A
  headline that is only quoted words, over a standfirst whose subject speaks ("Union leader X
  vows ..."), is that subject's direct quote with no cue; a post embedded as its text, then
  "— Name (@handle) date", is the name's direct quote with no cue. "Asked by a reporter whether"
  gives the question to the reporter.
- A participle phrase that says which sources keeps its place in the mention, as "briefed on the
  talks" does: "Several residents reached by phone", "An image circulating on Instagram" (not
  "speaking on condition of anonymity", which says why they are unnamed). What is said by rote
  ("said a prayer for the families", "said Mass") is no report. A Q&A whose introduction says
  "This interview has been edited ..." gives its answers to the one it names, first person or not.
- A verb of censure or praise naming its object "as" quoted words ("blasted the decision as '...'")
  is a mixed quote of object and name, as "described the report as '...'"; "as one aide put it"
  tags the words beside it with "put" as its cue. A standfirst's own report ("vows to keep
  fighting") stays a quote beside the headline's words it gives to its subject. Names joined by
  "and" as one subject are all its speakers (open where the text names one of them: the first is
  given, as PolNeAR's resolved-name figure takes either).
- A document's words (round 26, counted on PolNeAR train): a document sent, handed, issued or
  released is its sender's ("handed a cashier a note demanding cash", as "sent an email saying",
  "issued a statement saying": 14 of 14 there); a sign held up or carried is its holder's (3 of 4);
  one that is the subject, or an instrument ("robbed a bookmaker's with a note demanding cash"),
  speaks itself. "demanding" + noun phrase is a report (PolNeAR is split, 8 of 17, so the
  batch 23 convention for "demanded" + noun phrase holds). A document's mention keeps a date after
  "from" and a participle with its "by" phrase written right after it ("A safety letter from 2023",
  "A memo seen by the Lobbyline"); a news outlet in that "by" phrase, as an addressee ("told
  Lobbyline") or in "an interview with" is no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Q:
    text: str
    kind: str
    cue: str | None
    speaker: str | None


@dataclass(frozen=True)
class Case:
    id: str
    form: str
    text: str
    quotes: tuple[Q, ...]
    batch: int = 1  # 1: written first, fixes made on them; 2 to 7 and 9: each written after the fixes before it


def quote_keys(quotes, with_speaker: bool) -> list[tuple]:
    """What a case compares, in a fixed order: text, kind, cue (and the speaker mention)."""
    return sorted((q.text, q.kind, q.cue) + ((q.speaker,) if with_speaker else ()) for q in quotes)


def _c(id: str, form: str, text: str, *quotes: tuple, batch: int = 1) -> Case:
    return Case(id, form, text, tuple(Q(*q) for q in quotes), batch)


def _c2(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=2)


def _c3(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=3)


def _c4(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=4)


def _c5(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=5)


def _c6(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=6)


def _c7(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=7)


def _c9(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=9)


def _c10(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=10)


def _c11(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=11)


def _c12(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=12)


def _c13(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=13)


def _c14(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=14)


def _c15(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=15)


def _c16(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=16)


def _c17(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=17)


def _c18(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=18)


def _c19(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=19)


def _c20(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=20)


def _c21(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=21)


def _c22(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=22)


def _c23(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=23)


def _c24(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=24)


def _c25(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=25)


def _c26(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=26)


def _c31(id: str, form: str, text: str, *quotes: tuple) -> Case:
    # (batches 27 to 30 live in tests/quote_probe_cases_b27.py to _b30.py)
    return _c(id, form, text, *quotes, batch=31)


def _c32(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=32)


def _c33(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=33)


def _c34(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=34)


def _c35(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return _c(id, form, text, *quotes, batch=35)


D, I, M = "direct", "indirect", "mixed"

# batch 10 to 13 cases whose detection is still wrong after rounds 11 to 14 (the bench counts them as
# misses; tests/test_quote_probes_round8.py expects them to fail, strictly, so a fix shows)
OPEN_CASES = {
    "refused_to_say_whether_no_quote": "PolNeAR counts a refusal over a question as a report",
    "did_not_say_when_no_quote": "PolNeAR counts a negated cue over a question as a report",
    "report_found_that": "'find' is a verb of belief; a document's findings need beliefs=True",
    "filing_states_that": "the tagger takes 'states' after a noun for a plural noun; the span is "
                          "found since round 12, the speaker (a compound of the noun) is not",
    # batch 11 (round 12)
    "commented_on_topic_no_quote": "PolNeAR counts the topic of 'commented on' as its content "
                                   "(dropping it cost 0.1 F1 at overlap 0.3 on train)",
    # batch 12 (round 13)
    "qa_two_pairs": "PolNeAR counts the topic of 'spoke to us about her new book' as content, "
                    "as with 'commented on' (PREP_CONTENT in quote_indirect.py); the answers are right",
    "declined_to_say_how_many_no_quote": "PolNeAR counts a refusal over a question as a report "
                                         "(as refused_to_say_whether_no_quote)",
    "show_title_then_said": "speaker only: the capitalised title 'Finance Minister' is cut off the "
                            "mention (quote_speakers.py / people.py)",
    # batch 13 (round 14)
    "according_to_transcript_after_said": "PolNeAR counts a record named by 'according to' around "
                                          "someone's report as a second, nested source of the whole "
                                          "sentence (dropping it cost 0.1 F1 at overlap 0.8 on train); "
                                          "the pilot's own quote is found",
    "according_to_transcript_told_indirect": "as according_to_transcript_after_said: the skipper's "
                                             "report is found, plus the nested one of the transcript",
    "headline_quote_colon_residents_describe": "a headline's quote before a colon takes no cue from "
                                               "the clause after it ('family pays tribute' would make "
                                               "'pays' one); the speaker is found",
    # batch 14 (round 15)
    "match_report_three_players": "speaker only: a role capitalised at a sentence's start "
                                  "('Manager Dee Carver') is kept as a title (quote_speakers.py / "
                                  "people.py); the three quotes are found",
    "forecasters_at_warned_that": "speaker only: the mention 'Forecasters' stops before its "
                                  "prepositional phrase 'at the national weather service' "
                                  "(quote_speakers.py); the report is found",
    # batch 15 (round 16)
    "ministry_said_mixed_and_summoned": "the parser joins 'and summoned the ambassador' to the "
                                        "reported clause ('the incident was ...'); with no subject "
                                        "of its own and the cue's tense, only its meaning (an "
                                        "incident summons no one) gives it to the ministry",
    # batch 16 (round 17)
    "declined_to_comment_on_allegations_no_quote": "PolNeAR counts the topic of 'comment on' as its "
                                                   "content, refusals too (as commented_on_topic_no_quote)",
    "said_goodbye_no_quote": "PolNeAR counts 'saying goodbye to X' as a report (2 on train; dropping "
                             "it cost 0.1 F1 at overlap 0.8)",
    "report_of_report_told_that_had_said": "PolNeAR does not count a report nested in another's "
                                           "reported clause (taking them cost 0.3 F1 at overlap 0.3 "
                                           "on train, no recall gained); the outer report is found",
    "report_of_report_said_lawyer_had_told_him_that": "as report_of_report_told_that_had_said",
    "radio_phone_in_caller_who_gave_name": "speaker only: the parser reads 'as Joan said ...' as a "
                                           "clause of its own inside 'who gave her name', so 'Joan' "
                                           "is the subject of 'said'",
    # batch 18 (round 19)
    "and_body_two_parties_and_between_no_merge": "speaker only: names joined by 'and' as one subject "
                                                 "are left to the first one the text names; PolNeAR's "
                                                 "resolved-name figure takes either name (the whole "
                                                 "phrase with no name cost 0.4 points on train)",
    # batch 19 (round 20)
    "doc_minutes_of_meeting_record_that": "the tagger takes 'record' after 'the meeting' for a noun "
                                          "(as 'states' in filing_states_that) and the whole sentence "
                                          "for a noun phrase; 'Court papers show that' is found",
    "social_posted_on_x_formerly_twitter_mixed": "the parser makes 'billionaire' the root and 'posted' "
                                                 "its modifier, with ', formerly Twitter,' as an adverb "
                                                 "phrase and the 'that' clause hung on the noun: no cue "
                                                 "with a clause is left to find",
    # batch 20 (round 21)
    "intl_told_state_agency_title_name": "speaker only: an office with its portfolio before a name "
                                         "('Foreign Minister') is cut off the mention, as in "
                                         "show_title_then_said (the speaker probes' convention cuts it)",
    "intl_told_radio_mixed": "speaker only: as intl_told_state_agency_title_name ('Interior Minister')",
    "joint_two_leaders_issued_after_talks_mixed": "the parser reads '... after the talks that they had "
                                                  "agreed to' as a relative clause on 'talks' (grammatical "
                                                  "without the quote marks); 'said in a statement issued on "
                                                  "Monday that' is found",
    "headline_colon_mayor_single_marks": "the parser makes 'promised' a participle on 'The mayor' (the "
                                         "standfirst collapsed into one noun phrase), so no cue is left; "
                                         "'promised on Sunday to' after a plain subject is found",
    # batch 21 (round 22)
    "sketch_shouted_voice_from_benches": "speaker only: the prepositional phrase that says which voice "
                                         "('from the opposition benches') is cut off a mention after an "
                                         "inverted cue, as in forecasters_at_warned_that",
    "tribunal_employment_judge_wrote_mixed": "speaker only: 'Employment Judge' is an office with its "
                                             "field before a name, cut off the mention as in "
                                             "intl_told_state_agency_title_name",
    # batch 22 (round 23)
    "writer_even_though_polls": "', even though' after a report is the speaker's concession as often "
                                "as the writer's contrast: cutting it (as ', even as' is cut) lost one "
                                "net boundary on PolNeAR train, so the clause stays in the report",
    # batch 23 (round 24)
    # batch 24 (round 25)
    # (dateline_resolution_calling_on and statement_demanding_release were open here: round 25
    # counted PolNeAR train, whose Source for "issued a statement saying/calling ...", "released an
    # ad calling ...", "launched petitions calling on ..." is the issuer, 12 of 12, so their
    # expectations now give the issuer, as the extractor does)
    "robbery_owner_said_man_demanding_takings": "the participle joined to 'carrying a knife' is cut off the "
                                                "report as a report of its own (cut_before_participle_report)",
    # batch 25 (round 26)
    "science_study_found_that": "'find' is a verb of belief: a study's findings need beliefs=True (as "
                                "report_found_that)",
    "trailing_officials_said_on_condition": "the report is found; the cue in the future inside it ('will "
                                            "announce the moderators') is also taken for a report: "
                                            "PolNeAR counts future cues ('will pledge', 'will tell'), "
                                            "and leaving them out lost more matches on train than "
                                            "false positives it saved",
    # batch 32 (round 33)
    "court_tribunal_found_that": "'find' is a verb of belief: a tribunal's findings need beliefs=True (as "
                                 "report_found_that)",
    # batch 33 (round 34)
    "live_ft_then_coach_colon": "speaker only: a role capitalised at a sentence's start ('Coach Dario Pell') "
                                "is kept as a title, as in presser_q_a_named_in_intro (quote_speakers.py / "
                                "people.py; which job words are titles is open); the quote is found",
    # batch 34 (round 35)
    "radio_presenter_asked_caller_whether": "speaker only: a role capitalised at a sentence's start "
                                            "('Presenter Kit Marlow') is kept as a title, as in "
                                            "live_ft_then_coach_colon; the quote is found",
    # batch 35 (round 36)
    "gos_insider_claims_colon": "the tagger takes 'claims' before a colon for a plural noun, so 'An insider "
                                "claims:' reads as a headline label with no cue; the quote is found",
    "gos_inverted_said_one_pal_of": "speaker only: the mention stops before 'of the actor' (a 'for' phrase "
                                    "is kept: 'a spokesman for X'); the quote is found",
    "inv_records_obtained_by_show_that": "'show' with a subject of records that carries its own participle "
                                         "phrase is not taken as a cue ('Court papers show that' is)",
    "race_inverted_said_jockey_after": "speaker only: the recogniser tags 'jockey Ana' a person and 'Reyes' "
                                       "a body, so the mention is 'Reyes'; the quote is found",
}

CASES: list[Case] = [
    # --- statements over several paragraphs --------------------------------------------
    _c("said_colon_three_paragraphs", "multi-paragraph",
       "Chief Superintendent Maura Keane said: \"We have increased patrols in the town centre.\n\n"
       "\"Officers will be visible at every weekend event.\n\n"
       "\"I would ask people to look out for one another.\"\n\nThe council backed the plan.",
       ("We have increased patrols in the town centre.\n\n\"Officers will be visible at every "
        "weekend event.\n\n\"I would ask people to look out for one another.",
        D, "said", "Chief Superintendent Maura Keane")),
    _c("said_colon_then_floating_paragraph", "multi-paragraph",
       "Head teacher Orla Fenwick praised the pupils. She said: \u201cThey have worked incredibly "
       "hard this year.\u201d\n\n\u201cWe could not be prouder of every one of them.\u201d",
       ("They have worked incredibly hard this year.", D, "said", "She"),
       ("We could not be prouder of every one of them.", D, "said", "She")),
    _c("single_marks_over_paragraphs_pa", "multi-paragraph",
       "Councillor Ffion Bevan, who chairs the planning committee, said: 'This is a good scheme "
       "for the village.\n\n'It brings new homes and a new surgery.'\n\nWork starts in June.",
       ("This is a good scheme for the village.\n\n'It brings new homes and a new surgery.",
        D, "said", "Councillor Ffion Bevan")),
    # --- cue words before a colon ---------------------------------------------------------
    _c("added_colon", "added:",
       "Tobin Reyes said the bridge would reopen in May. He added: \"It has been a difficult "
       "winter for traders.\"",
       ("the bridge would reopen in May", I, "said", "Tobin Reyes"),
       ("It has been a difficult winter for traders.", D, "added", "He")),
    _c("continued_colon", "continued:",
       "Coroner Dr Ailsa Frame recorded a conclusion of accidental death. Dr Frame continued: "
       "\"There is no evidence that anyone else was involved.\"",
       ("There is no evidence that anyone else was involved.", D, "continued", "Dr Frame")),
    _c("told_the_paper_colon", "told the X:",
       "Landlord Gareth Pym told the Carrow Chronicle: \"I have never seen flooding like it in "
       "forty years.\"",
       ("I have never seen flooding like it in forty years.", D, "told", "Gareth Pym")),
    _c("told_reporters_colon", "told reporters:",
       "Speaking outside the court, Hana Little told reporters: \"Justice has finally been "
       "done for my brother.\"",
       ("Justice has finally been done for my brother.", D, "told", "Hana Little")),
    _c("wrote_on_x", "wrote on X:",
       "Local MP Callum Brode wrote on X: \"Delighted that the maternity ward will stay open. "
       "Thanks to everyone who campaigned.\"",
       ("Delighted that the maternity ward will stay open. Thanks to everyone who campaigned.",
        D, "wrote", "Callum Brode")),
    _c("posted_on_facebook", "posted on Facebook:",
       "Owner Bridget Kerr posted on Facebook: \u2018We are heartbroken to say the caf\u00e9 will "
       "close its doors on Sunday.\u2019",
       ("We are heartbroken to say the caf\u00e9 will close its doors on Sunday.", D, "posted",
        "Bridget Kerr")),
    _c("replied_colon_after_asked", "replied:",
       "Asked whether he would stand again, Mr Dunne replied: \"Never say never.\"",
       ("whether he would stand again", I, "Asked", None),
       ("Never say never.", D, "replied", "Mr Dunne")),
    _c("told_broadcaster_colon", "told the X:",
       "Premier Josh Kettering told Channel 7's Sunrise programme: \"The border will stay "
       "open.\"",
       ("The border will stay open.", D, "told", "Premier Josh Kettering")),
    # --- speaker after the quote, inverted or not ----------------------------------------
    _c("inverted_police_rank", "speaker after (inverted)",
       "\"We are treating the death as unexplained at this stage,\" said Det Insp Colm Rafferty.",
       ("We are treating the death as unexplained at this stage,", D, "said",
        "Det Insp Colm Rafferty")),
    _c("spokesperson_for_council_after", "speaker after",
       "\u201cThe road will remain closed while repairs are carried out,\u201d a spokesperson for "
       "Carrow Council said.",
       ("The road will remain closed while repairs are carried out,", D, "said",
        "a spokesperson for Carrow Council")),
    _c("inverted_role_before_name", "speaker after (inverted)",
       "\u201cIt was a real team effort,\u201d said Carrow Rovers manager Gus Telford.",
       ("It was a real team effort,", D, "said", "Gus Telford")),
    _c("inverted_spokesman_for", "speaker after (inverted)",
       "'We apologise to customers for the disruption,' said a spokesman for Orrin Water.",
       ("We apologise to customers for the disruption,", D, "said",
        "a spokesman for Orrin Water")),
    _c("told_wire_after", "speaker after",
       "\"We're not going anywhere,\" Mayor Kit Varga told Wirefeed on Tuesday.",
       ("We're not going anywhere,", D, "told", "Mayor Kit Varga")),
    _c("age_and_place_then_said", "said:",
       "Dermot Fennimore, 52, who lives on the estate, said: \"It's just not fair on the "
       "children.\"",
       ("It's just not fair on the children.", D, "said", "Dermot Fennimore")),
    # --- brackets ------------------------------------------------------------------------
    _c("pictured_between_speaker_and_cue", "brackets",
       "Huw Dalby (pictured) said: \"It's a great day for the town.\"",
       ("It's a great day for the town.", D, "said", "Huw Dalby")),
    _c("whole_quote_in_brackets", "brackets",
       "Ms Amara Quist has run the stall for a decade. (\u201cI never take a day off,\u201d she "
       "said.)",
       ("I never take a day off,", D, "said", "she")),
    _c("called_inside_brackets", "brackets",
       "The plan (which Councillor Seren Vale called \u201ca disgrace\u201d) was approved.",
       ("\u201ca disgrace\u201d", M, "called", "Councillor Seren Vale")),
    # --- headline ------------------------------------------------------------------------
    _c("headline_colon_quote", "headline",
       "Minister: 'We will act on rents'\n\nHousing Minister Nuala Breen has promised new "
       "limits on rent rises.",
       ("We will act on rents", D, None, "Minister"),
       ("new limits on rent rises", I, "promised", "Nuala Breen")),
    # --- statements --------------------------------------------------------------------
    _c("in_a_statement_the_club_said", "statement",
       "Carrow Rovers have banned a supporter for life. In a statement, the club said: \"There "
       "is no place for abuse of any kind at our ground.\"",
       ("There is no place for abuse of any kind at our ground.", D, "said", "the club")),
    _c("press_release_ceo", "press release",
       "In a press release, Marrow Homes chief executive Dana Quill said: \"We are proud to be "
       "building 200 affordable homes.\"",
       ("We are proud to be building 200 affordable homes.", D, "said", "Dana Quill")),
    _c("said_in_a_statement_mixed", "statement",
       "Tarrow University said in a statement that it was \u201creviewing the matter "
       "urgently\u201d.",
       ("that it was \u201creviewing the matter urgently\u201d", M, "said", "Tarrow University")),
    # --- reporting verbs without marks ---------------------------------------------------
    _c("claimed", "reported speech",
       "Dev Anand claimed the fence had been moved overnight.",
       ("the fence had been moved overnight", I, "claimed", "Dev Anand")),
    _c("insisted_that", "reported speech",
       "The head teacher, Moira Gault, insisted that no pupil had been hurt.",
       ("that no pupil had been hurt", I, "insisted", "Moira Gault")),
    _c("warned_that", "reported speech",
       "Firefighters warned that the roof of the mill could collapse at any time.",
       ("that the roof of the mill could collapse at any time", I, "warned", "Firefighters")),
    _c("urged_object_infinitive", "reported speech",
       "Police urged drivers to avoid the A47 until the lorry had been recovered.",
       ("drivers to avoid the A47 until the lorry had been recovered", I, "urged", "Police")),
    _c("admitted", "reported speech",
       "Halden Energy admitted it had failed to warn 3,000 customers about the price rise.",
       ("it had failed to warn 3,000 customers about the price rise", I, "admitted",
        "Halden Energy")),
    _c("confirmed_that", "reported speech",
       "A spokeswoman for Tarrow Hospital confirmed that two patients had been discharged.",
       ("that two patients had been discharged", I, "confirmed",
        "A spokeswoman for Tarrow Hospital")),
    _c("revealed", "reported speech",
       "Ms Kaur revealed she had turned the job down twice before accepting it.",
       ("she had turned the job down twice before accepting it", I, "revealed", "Ms Kaur")),
    _c("is_urging_present_continuous", "police appeal",
       "Insp Dale Morrow is urging anyone who saw the crash to get in touch.",
       ("anyone who saw the crash to get in touch", I, "urging", "Insp Dale Morrow")),
    _c("warned_after_company_clause", "wire",
       "Shares in Halden Foods fell 4% after the company warned that annual profits would fall.",
       ("that annual profits would fall", I, "warned", "the company")),
    # --- according to, inverted reports ----------------------------------------------------
    _c("according_to_first", "according to",
       "According to the fire service, the blaze started in a first-floor kitchen.",
       ("the blaze started in a first-floor kitchen", I, "According to", "the fire service")),
    _c("according_to_last", "according to",
       "The blaze started in a first-floor kitchen, according to Tarrow Fire and Rescue Service.",
       ("The blaze started in a first-floor kitchen", I, "according to",
        "Tarrow Fire and Rescue Service")),
    _c("police_said_at_end", "report then cue",
       "Officers were called to the scene at around 3am, police said.",
       ("Officers were called to the scene at around 3am", I, "said", "police")),
    _c("spokeswoman_said_at_end_long", "report then cue",
       "The man, in his 40s, was taken to hospital with injuries not thought to be "
       "life-threatening, a spokeswoman for the ambulance service said.",
       ("The man, in his 40s, was taken to hospital with injuries not thought to be "
        "life-threatening", I, "said", "a spokeswoman for the ambulance service")),
    _c("confirmed_at_end", "report then cue",
       "Nobody was injured in the fire, the fire service confirmed.",
       ("Nobody was injured in the fire", I, "confirmed", "the fire service")),
    # --- court reports -----------------------------------------------------------------
    _c("court_heard_that", "court",
       "The court heard that Liam Voss, 24, had punched the victim twice.",
       ("that Liam Voss, 24, had punched the victim twice", I, "heard", None)),
    _c("prosecutor_told_the_jury", "court",
       "Prosecutor Amelia Stroud told the jury that the defendant had planned the robbery for "
       "weeks.",
       ("that the defendant had planned the robbery for weeks", I, "told", "Amelia Stroud")),
    _c("defending_said_mixed", "court",
       "Defending, Rory Blaine said his client was \u201cdeeply ashamed\u201d of his actions.",
       ("his client was \u201cdeeply ashamed\u201d of his actions", M, "said", "Rory Blaine")),
    _c("sentencing_judge_said", "court",
       "Sentencing, Judge Isla Brennan said: \u201cThis was a cowardly attack on a stranger.\u201d",
       ("This was a cowardly attack on a stranger.", D, "said", "Judge Isla Brennan")),
    _c("judge_told_defendant", "court",
       "Judge Cormac Hale told Voss: \"You showed no remorse at any stage.\"",
       ("You showed no remorse at any stage.", D, "told", "Judge Cormac Hale")),
    _c("the_judge_said_after", "court",
       "\"You preyed on the vulnerable,\" the judge said.",
       ("You preyed on the vulnerable,", D, "said", "the judge")),
    # --- police appeals ----------------------------------------------------------------
    _c("appeal_line_no_cue", "police appeal",
       "A 31-year-old man has been arrested. Anyone with information is asked to call police "
       "on 101, quoting incident 345.",
       ),
    _c("appeal_line_cued", "police appeal",
       "A police spokesman said: \"Anyone with information is asked to call 101.\"",
       ("Anyone with information is asked to call 101.", D, "said", "A police spokesman")),
    _c("appealing_for_witnesses_no_quote", "police appeal",
       "Police are appealing for witnesses after a cyclist was hurt on Mill Lane.",
       ),
    # --- punctuation inside quotes --------------------------------------------------------
    _c("em_dash_inside", "dashes and ellipses",
       "\"We tried everything \u2014 the pumps, the sandbags, the lot,\" said farmer Gwen Allard.",
       ("We tried everything \u2014 the pumps, the sandbags, the lot,", D, "said", "Gwen Allard")),
    _c("ellipsis_inside", "dashes and ellipses",
       "Rita Doyle said: \"I thought... I honestly thought it was the end.\"",
       ("I thought... I honestly thought it was the end.", D, "said", "Rita Doyle")),
    _c("dash_cut_off_quote", "dashes and ellipses",
       "\u201cI don\u2019t know \u2013 nobody does,\u201d said Mr Lorcan Byrne.",
       ("I don\u2019t know \u2013 nobody does,", D, "said", "Mr Lorcan Byrne")),
    _c("nested_single_in_double", "nested",
       "Ivan Pryce said: \"The officer told me 'stay in the car' and then walked off.\"",
       ("The officer told me 'stay in the car' and then walked off.", D, "said", "Ivan Pryce")),
    _c("nested_double_in_single", "nested",
       "Ms Tamsin Hext said: 'The sign said \"no entry\", but nobody stopped us.'",
       ("The sign said \"no entry\", but nobody stopped us.", D, "said", "Ms Tamsin Hext")),
    _c("question_he_asked", "? and !",
       "\"Where was the council when we needed them?\" he asked. Residents had waited two days.",
       ("Where was the council when we needed them?", D, "asked", "he")),
    _c("exclamation_shouted", "? and !",
       "\u201cWe did it!\u201d shouted captain Lou Baird as the final whistle went.",
       ("We did it!", D, "shouted", "Lou Baird")),
    # --- continuing across sentences --------------------------------------------------------
    _c("continues_after_cue_sentence", "continuing quote",
       "\u201cThe water came in so fast,\u201d said Edna Wray. \u201cWithin minutes the kitchen was "
       "flooded. We lost everything.\u201d",
       ("The water came in so fast,", D, "said", "Edna Wray"),
       ("Within minutes the kitchen was flooded. We lost everything.", D, "said", "Edna Wray")),
    _c("split_by_she_added", "continuing quote",
       "Ms Priya Osei welcomed the review. \u201cWe have listened,\u201d she added, \u201cand we "
       "will change the plan.\u201d",
       ("We have listened,", D, "added", "she"),
       ("and we will change the plan.", D, "added", "she")),
    # --- live blogs and broadcasters ------------------------------------------------------
    _c("live_blog_time_colon", "live blog",
       "10:42 Council leader Priya Nair has just told the chamber: \"This budget protects the "
       "front line.\"",
       ("This budget protects the front line.", D, "told", "Priya Nair")),
    _c("live_blog_says_mixed", "live blog",
       "11.05am: Opposition leader Tom Gault says the figures \"do not add up\".",
       ("the figures \"do not add up\"", M, "says", "Tom Gault")),
    _c("speaking_to_radio_mixed", "broadcaster",
       "Speaking to Radio Tarrow, Lyle Ashdown said the decision was \u201ca kick in the "
       "teeth\u201d.",
       ("the decision was \u201ca kick in the teeth\u201d", M, "said", "Lyle Ashdown")),
    _c("said_he_was_mixed_word", "mixed",
       "Mr Oduya, who has run the shop for 30 years, said he was \u201cdevastated\u201d by the "
       "closure.",
       ("he was \u201cdevastated\u201d by the closure", M, "said", "Mr Oduya")),
    _c("one_fan_wrote", "posts",
       "Fans reacted angrily online. One wrote on X: \"Worst performance I have seen in twenty "
       "years.\"",
       ("Worst performance I have seen in twenty years.", D, "wrote", "One")),
    _c("nz_mayor_mixed", "mixed",
       "Waimora District mayor Hemi Tane said the road was still \u201cmonths away\u201d from "
       "reopening.",
       ("the road was still \u201cmonths away\u201d from reopening", M, "said", "Hemi Tane")),
    _c("it_is_understood_no_quote", "no quote",
       "It is understood the striker will be out for six weeks with a hamstring injury.",
       ),
    # --- Q&A transcript ---------------------------------------------------------------------
    _c("qa_transcript", "Q&A",
       "We spoke to festival director Niamh Corr.\n\nQ: Will the festival go ahead?\n\n"
       "A: Yes. We have the permits and the stages are being built.",
       ("Yes. We have the permits and the stages are being built.", D, None, "Niamh Corr")),
    # --- batch 2: written after the fixes, scored apart ----------------------------------
    _c2("told_tv_news_colon", "told the X:",
        "Grandmother Peggy Arlott told Harbour TV News: \u201cI was in the bath when the ceiling "
        "came down.\u201d",
        ("I was in the bath when the ceiling came down.", D, "told", "Peggy Arlott")),
    _c2("writing_on_facebook_said", "posts",
        "Writing on Facebook, Carys Mold said: \"Thank you to everyone who helped search for "
        "Bramble.\"",
        ("Thank you to everyone who helped search for Bramble.", D, "said", "Carys Mold")),
    _c2("says_present_after", "speaker after",
        "\u201cIt has been the toughest season I can remember,\u201d says farmer Ellis Marsh.",
        ("It has been the toughest season I can remember,", D, "says", "Ellis Marsh")),
    _c2("explained_inverted", "speaker after (inverted)",
        "\"The scan showed a small bleed on the brain,\" explained Dr Hannah Ruddock.",
        ("The scan showed a small bleed on the brain,", D, "explained", "Dr Hannah Ruddock")),
    _c2("added_who_lives_nearby", "speaker after (inverted)",
        "\u2018It was like a bomb going off,\u2019 added Mr Clive Danner, who lives nearby.",
        ("It was like a bomb going off,", D, "added", "Mr Clive Danner")),
    _c2("told_the_outlet_after", "speaker after",
        "\"We feel completely abandoned,\" she told the Tarrow Echo.",
        ("We feel completely abandoned,", D, "told", "she")),
    _c2("police_said_man_arrested", "police report",
        "Carrow Police said a 34-year-old man had been arrested on suspicion of burglary.",
        ("a 34-year-old man had been arrested on suspicion of burglary", I, "said", "Carrow Police")),
    _c2("prosecuting_said", "court",
        "Prosecuting, Megan Fallow said the defendant had sent more than 200 messages to the "
        "victim.",
        ("the defendant had sent more than 200 messages to the victim", I, "said", "Megan Fallow")),
    _c2("mitigating_told_the_court", "court",
        "Mitigating, Owen Trask told the court his client had been sober for a year.",
        ("his client had been sober for a year", I, "told", "Owen Trask")),
    _c2("commenting_on_said_colon", "press release",
        "Commenting on the figures, Dr Lena Voight said: \u201cThese results show the programme "
        "is working.\u201d",
        ("These results show the programme is working.", D, "said", "Dr Lena Voight")),
    _c2("responding_spokesperson_colon", "statement",
        "Responding to the ruling, a spokesperson for Carrow Council said: \"We will study the "
        "judgment carefully.\"",
        ("We will study the judgment carefully.", D, "said",
         "a spokesperson for Carrow Council")),
    _c2("statement_from_family_read", "statement",
        "A statement from the family read: \u201cShe lit up every room she walked into.\u201d",
        ("She lit up every room she walked into.", D, "read", "A statement from the family")),
    _c2("ellipsis_before_cue", "dashes and ellipses",
        "\u201cWe just don\u2019t know what happens next\u2026\u201d she said.",
        ("We just don\u2019t know what happens next\u2026", D, "said", "she")),
    _c2("nested_in_quote_before_inverted", "nested",
        "\"He shouted 'run', so we ran,\" said Mrs Della Pike.",
        ("He shouted 'run', so we ran,", D, "said", "Mrs Della Pike")),
    _c2("urged_not_to", "police appeal",
        "Police urged people not to share the video online.",
        ("people not to share the video online", I, "urged", "Police")),
    _c2("warned_of", "reported speech",
        "Forecasters warned of flooding in low-lying areas.",
        ("flooding in low-lying areas", I, "warned", "Forecasters")),
    _c2("judge_told_to_expect", "court",
        "Judge Ruth Kemble told Voss to expect a prison sentence.",
        ("Voss to expect a prison sentence", I, "told", "Judge Ruth Kemble")),
    _c2("jury_was_told", "court",
        "The jury was told that the van had been stolen a week earlier.",
        ("that the van had been stolen a week earlier", I, "told", None)),
    _c2("inquest_heard_how", "court",
        "The inquest heard how the climber fell 30 metres.",
        ("how the climber fell 30 metres", I, "heard", None)),
    _c2("drivers_are_advised_no_quote", "police appeal",
        "The road is closed in both directions and drivers are advised to find another route.",
        ),
    _c2("appealing_with_cued_quote", "police appeal",
        "PC Nia Hobbs said: \u201cIf you were on Mill Lane on Friday night, please get in "
        "touch.\u201d",
        ("If you were on Mill Lane on Friday night, please get in touch.", D, "said",
         "PC Nia Hobbs")),
    _c2("live_blog_label_quote", "live blog",
        "Fire chief: \"The fire is now under control\"\n\nCrews have been at the scene since "
        "2am.",
        ("The fire is now under control", D, None, "Fire chief")),
    _c2("claimed_that_mixed_tail", "mixed",
        "Mr Ravi Sethi claimed that the council had \"ignored every warning\".",
        ("that the council had \"ignored every warning\"", M, "claimed", "Mr Ravi Sethi")),
    _c2("confirmed_in_a_statement", "statement",
        "In a statement on Monday, Halden Rail confirmed the line would stay closed until Friday.",
        ("the line would stay closed until Friday", I, "confirmed", "Halden Rail")),
    # --- batch 3: written after the batch 2 fixes -----------------------------------------
    _c3("two_speakers_alternate", "multi-speaker",
        "Sean Tolley, who owns the garage, said: \"We were flooded twice in a month.\"\n\n"
        "His neighbour, Ruth Amis, disagreed. \"The drains were cleared in March,\" she said.",
        ("We were flooded twice in a month.", D, "said", "Sean Tolley"),
        ("The drains were cleared in March,", D, "said", "she")),
    _c3("said_colon_long_then_unclosed_next_para", "multi-paragraph",
        "Ms Delia Frost said: \u201cWe lost the roof in the storm.\n\n\u201cThe insurers have "
        "not called back. We are living in one room.\u201d",
        ("We lost the roof in the storm.\n\n\u201cThe insurers have not called back. We are "
         "living in one room.", D, "said", "Ms Delia Frost")),
    _c3("inverted_said_org", "speaker after (inverted)",
        "\"Services will run as normal on Monday,\" said Harbour Buses.",
        ("Services will run as normal on Monday,", D, "said", "Harbour Buses")),
    _c3("stated_in_court_documents", "court",
        "Court documents stated that the firm had ignored three safety notices.",
        ("that the firm had ignored three safety notices", I, "stated", "Court documents")),
    _c3("told_magistrates", "court",
        "Prosecutor Neil Carden told magistrates the dog had bitten two children.",
        ("the dog had bitten two children", I, "told", "Neil Carden")),
    _c3("denied_charge_no_quote", "court",
        "Voss, of Mill Lane, denies two counts of assault.",
        ),
    _c3("pleaded_guilty_no_quote", "court",
        "Amos Kerr, 41, pleaded guilty to dangerous driving at Carrow Magistrates' Court.",
        ),
    _c3("said_on_its_website", "statement",
        "The hospital said on its website that visiting would be limited to one person per "
        "patient.",
        ("that visiting would be limited to one person per patient", I, "said", "The hospital")),
    _c3("quote_then_he_added_indirect", "added",
        "\u201cWe will fight this all the way,\u201d said Mr Kit Lomax. He added that the "
        "residents had already raised \u00a34,000.",
        ("We will fight this all the way,", D, "said", "Mr Kit Lomax"),
        ("that the residents had already raised \u00a34,000", I, "added", "He")),
    _c3("posted_on_instagram_after", "posts",
        "\u201cBest day of my life,\u201d the singer posted on Instagram.",
        ("Best day of my life,", D, "posted", "the singer")),
    _c3("spokesman_for_said_that", "statement",
        "A spokesman for Tarrow Hospital said that the ward would reopen next week.",
        ("that the ward would reopen next week", I, "said", "A spokesman for Tarrow Hospital")),
    _c3("question_asked_a_resident", "? and !",
        "\u2018Who is going to pay for this?\u2019 asked one resident.",
        ("Who is going to pay for this?", D, "asked", "one resident")),
    _c3("mixed_called_it", "mixed",
        "The union called the offer \u201can insult\u201d.",
        ("the offer \u201can insult\u201d", M, "called", "The union")),
    _c3("dashes_around_aside_in_quote", "dashes and ellipses",
        "\"The council \u2013 and I say this with regret \u2013 has failed us,\" said Alma Treece.",
        ("The council \u2013 and I say this with regret \u2013 has failed us,", D, "said",
         "Alma Treece")),
    _c3("according_to_police_mid", "according to",
        "The driver, according to police, was three times over the limit.",
        ("The driver", I, "according to", "police"),
        ("was three times over the limit", I, "according to", "police")),
    _c3("statement_added_colon", "statement",
        "Carrow Rovers said they had suspended the coach. The statement added: \"The club will "
        "make no further comment.\"",
        ("they had suspended the coach", I, "said", "Carrow Rovers"),
        ("The club will make no further comment.", D, "added", "The statement")),
    _c3("it_is_alleged", "court",
        "It is alleged that the pair stole \u00a320,000 from the charity.",
        ("that the pair stole \u00a320,000 from the charity", I, "alleged", None)),
    _c3("police_believe_no_speech", "police report",
        "Police believe the fire was started deliberately.",
        ),
    _c3("live_blog_time_says", "live blog",
        "14:05 The Taoiseach says the deal is \u201cthe best available\u201d.",
        ("the deal is \u201cthe best available\u201d", M, "says", "The Taoiseach")),
    _c3("radio_interview_told_host", "broadcaster",
        "Speaking on Radio Tarrow's breakfast show, Cllr Ben Haddow said the scheme was "
        "\u201cdead in the water\u201d.",
        ("the scheme was \u201cdead in the water\u201d", M, "said", "Cllr Ben Haddow")),
    # --- batch 4: written after the batch 3 fixes -----------------------------------------
    _c4("said_through_lawyer", "statement",
        "Mr Orrin Feld said through his lawyer that he would contest the charges.",
        ("that he would contest the charges", I, "said", "Mr Orrin Feld")),
    _c4("emailed_statement_wire", "wire",
        "Halden Foods said in an emailed statement it had \"no plans\" to close the plant.",
        ("it had \"no plans\" to close the plant", M, "said", "Halden Foods")),
    _c4("told_wire_agency_colon", "wire",
        "Fisheries minister Ana Tupou told Wirefeed: \u201cThe quota will not change this year.\u201d",
        ("The quota will not change this year.", D, "told", "Ana Tupou")),
    _c4("message_to_staff_seen_by", "statement",
        "In a message to staff, seen by the Carrow Chronicle, the chief executive wrote: "
        "\"These are difficult times for all of us.\"",
        ("These are difficult times for all of us.", D, "wrote", "the chief executive")),
    _c4("declined_to_give_surname", "speaker after",
        "\u201cThe buses never come on time,\u201d said Maggie, who declined to give her surname.",
        ("The buses never come on time,", D, "said", "Maggie")),
    _c4("judge_accepted_that", "court",
        "Judge Owen Pryde said he accepted that the defendant was genuinely sorry.",
        ("he accepted that the defendant was genuinely sorry", I, "said", "Judge Owen Pryde")),
    _c4("prosecution_said_case", "court",
        "The prosecution said the attack had been planned for weeks.",
        ("the attack had been planned for weeks", I, "said", "The prosecution")),
    _c4("officers_believe_no_quote", "police report",
        "Officers believe the two burglaries are linked.",
        ),
    _c4("speaking_exclusively_colon", "broadcaster",
        "Speaking exclusively to Harbour TV, the mother of the missing man said: \u201cWe just "
        "want him home.\u201d",
        ("We just want him home.", D, "said", "the mother of the missing man")),
    _c4("posted_on_tiktok_after_quote", "posts",
        "\"I'm not giving up,\" the 19-year-old posted on TikTok on Sunday.",
        ("I'm not giving up,", D, "posted", "the 19-year-old")),
    _c4("bare_single_quote_paragraph_floats", "multi-paragraph",
        "Farmer Jed Holloway said: \u2018The field was under a metre of water.\u2019\n\n"
        "\u2018We have never seen it this bad.\u2019",
        ("The field was under a metre of water.", D, "said", "Jed Holloway"),
        ("We have never seen it this bad.", D, "said", "Jed Holloway")),
    _c4("warned_in_a_report", "reported speech",
        "The watchdog warned in a report published on Wednesday that the service was \"at "
        "breaking point\".",
        ("that the service was \"at breaking point\"", M, "warned", "The watchdog")),
    _c4("quoted_appeal_with_number_after_cue", "police appeal",
        "Police said anyone with information should call 101, quoting reference 77.",
        ("anyone with information should call 101, quoting reference 77", I, "said", "Police")),
    _c4("headline_name_label", "headline",
        "Ruiz: \u2018I will fight on\u2019\n\nBoxer Tomas Ruiz says he will not retire.",
        ("I will fight on", D, None, "Ruiz"),
        ("he will not retire", I, "says", "Tomas Ruiz")),
    # --- batch 5: sports, business, health and science, obituaries, weather, opinion, wire
    # "said Tuesday", asides, titles and false friends; written after the batch 4 fixes ----
    _c5("sports_said_surname_whose_side", "sports",
        "\u201cWe were second best for an hour,\u201d said Brannock, whose side slipped to ninth "
        "in the table.",
        ("We were second best for an hour,", D, "said", "Brannock")),
    _c5("sports_told_broadcaster_after_match", "sports",
        "Tarrow captain Neve Odum told Harbour Sport after the match: \u201cThe lads emptied the "
        "tank today.\u201d",
        ("The lads emptied the tank today.", D, "told", "Neve Odum")),
    _c5("sports_admitted_that", "sports",
        "Head coach Pita Lomasi admitted that his side had been lucky to escape with a draw.",
        ("that his side had been lucky to escape with a draw", I, "admitted", "Pita Lomasi")),
    _c5("sports_conceded_mixed", "sports",
        "Wexley conceded his players had been \u201cnowhere near good enough\u201d after the break.",
        ("his players had been \u201cnowhere near good enough\u201d after the break", M, "conceded",
         "Wexley")),
    _c5("sports_match_report_no_quote", "sports",
        "Rovers led through Ola Brisk\u2019s header before Tarrow hit back twice in the final ten "
        "minutes.",
        ),
    _c5("business_said_in_filing", "business",
        "Marrow Logistics said in a filing on Monday that it would cut 400 jobs.",
        ("that it would cut 400 jobs", I, "said", "Marrow Logistics")),
    _c5("business_analysts_at", "business",
        "Analysts at Fenbridge Capital said the offer valued the group too cheaply.",
        ("the offer valued the group too cheaply", I, "said", "Analysts at Fenbridge Capital")),
    _c5("business_people_familiar", "business",
        "The bank is preparing to sell its insurance arm, according to people familiar with the "
        "matter.",
        ("The bank is preparing to sell its insurance arm", I, "according to",
         "people familiar with the matter")),
    _c5("business_analyst_apposition_after", "business",
        "\u201cThis is a bold bet on a shrinking market,\u201d said Priya Nandra, an analyst at "
        "Corvel Securities.",
        ("This is a bold bet on a shrinking market,", D, "said", "Priya Nandra")),
    _c5("wire_said_on_tuesday_that", "wire",
        "Orbis Retail said on Tuesday that like-for-like sales rose 3% in the quarter.",
        ("that like-for-like sales rose 3% in the quarter", I, "said", "Orbis Retail")),
    _c5("wire_said_tuesday_bare", "wire",
        "Prime Minister Rhian Tallis said Tuesday the government would not raise fuel duty.",
        ("the government would not raise fuel duty", I, "said", "Prime Minister Rhian Tallis")),
    _c5("wire_quote_then_said_on_tuesday", "wire",
        "\u201cWe expect prices to settle by the summer,\u201d central bank governor Ilse Moran "
        "said on Tuesday.",
        ("We expect prices to settle by the summer,", D, "said", "Ilse Moran")),
    _c5("health_lead_author_after", "health and science",
        "\u201cThe effect was larger than we expected,\u201d said Dr Imogen Vesey, the study\u2019s "
        "lead author.",
        ("The effect was larger than we expected,", D, "said", "Dr Imogen Vesey")),
    _c5("science_wrote_in_journal", "health and science",
        "The researchers wrote in the journal Tidewater Medicine that the drug cut hospital stays "
        "by a fifth.",
        ("that the drug cut hospital stays by a fifth", I, "wrote", "The researchers")),
    _c5("health_according_to_study", "health and science",
        "Adults who walk every day sleep longer, according to a new study.",
        ("Adults who walk every day sleep longer", I, "according to", "a new study")),
    _c5("obituary_paid_tribute_saying", "obituary",
        "Friends paid tribute to the former lifeboat coxswain, saying he had \u201cnever once "
        "hesitated\u201d when the pager went off.",
        ("he had \u201cnever once hesitated\u201d when the pager went off", M, "saying", "Friends")),
    _c5("obituary_paying_tribute_colon", "obituary",
        "Paying tribute, club chairman Ron Askew said: \u201cHe was the heart of this place for "
        "fifty years.\u201d",
        ("He was the heart of this place for fifty years.", D, "said", "Ron Askew")),
    _c5("obituary_family_statement", "obituary",
        "Edna Pollard, who ran the village post office for 38 years, has died aged 91. In a "
        "statement, her family said: \u201cMum was fearless, funny and endlessly kind.\u201d",
        ("Mum was fearless, funny and endlessly kind.", D, "said", "her family")),
    _c5("weather_forecasters_warned_that", "weather and travel",
        "Forecasters warned that gusts of up to 80mph could bring down trees on Saturday.",
        ("that gusts of up to 80mph could bring down trees on Saturday", I, "warned",
         "Forecasters")),
    _c5("travel_according_to_statement", "weather and travel",
        "All ferries to the islands were cancelled, according to a statement from Skerry Lines.",
        ("All ferries to the islands were cancelled", I, "according to",
         "a statement from Skerry Lines")),
    _c5("weather_warning_saying", "weather and travel",
        "The Met Office issued a yellow warning for snow, saying travel could be disrupted.",
        ("travel could be disrupted", I, "saying", "The Met Office")),
    _c5("travel_spokeswoman_for_colon", "weather and travel",
        "A spokeswoman for Northmoor Rail said: \u201cWe apologise to passengers for the "
        "disruption.\u201d",
        ("We apologise to passengers for the disruption.", D, "said",
         "A spokeswoman for Northmoor Rail")),
    _c5("opinion_argues_that", "opinion",
        "Not everyone agrees. The economist Lorna Hebden argues that the tax will raise far less "
        "than promised.",
        ("that the tax will raise far less than promised", I, "argues", "Lorna Hebden")),
    _c5("reported_insisted_that", "reported speech",
        "The minister insisted that the hospital would not close.",
        ("that the hospital would not close", I, "insisted", "The minister")),
    _c5("reported_acknowledged_that", "reported speech",
        "Ms Vance acknowledged that mistakes had been made.",
        ("that mistakes had been made", I, "acknowledged", "Ms Vance")),
    _c5("reported_told_the_times", "reported speech",
        "Mr Okafor told The Times he had been offered the post twice.",
        ("he had been offered the post twice", I, "told", "Mr Okafor")),
    _c5("aside_in_parentheses_mid_sentence", "aside",
        "The mayor (\u201cI have no regrets,\u201d she told the council) stood down in March.",
        ("I have no regrets,", D, "told", "she")),
    _c5("quote_over_line_break_unclosed", "broken marks",
        "Harbourmaster Finn Aldous said: \u201cThe pier is not safe to walk on\nand we will keep "
        "it closed until spring.",
        ("The pier is not safe to walk on\nand we will keep it closed until spring.", D, "said",
         "Finn Aldous")),
    _c5("song_title_inside_quote", "titles",
        "Singer Maia Rourke said: \u201cI wrote \u2018Lanterns on the Water\u2019 for my "
        "grandmother.\u201d",
        ("I wrote \u2018Lanterns on the Water\u2019 for my grandmother.", D, "said",
         "Maia Rourke")),
    _c5("book_title_no_quote", "false friend",
        "Her debut novel, \u2018The Salt Orchard\u2019, sold 40,000 copies in its first year.",
        ),
    _c5("so_called_scare_quote_no_quote", "false friend",
        "The council\u2019s so-called \u201cgreen corridor\u201d has yet to see a single tree "
        "planted.",
        ),
    _c5("banner_slogan_no_quote", "false friend",
        "Protesters carried a banner reading \u201cHands off our hospital\u201d through the town "
        "centre.",
        ),
    _c5("nickname_no_quote", "false friend",
        "Striker Dele \u201cThe Cat\u201d Amadi scored twice as Rovers won 3-1.",
        ),
    _c5("phrase_mentioned_no_quote", "false friend",
        "The phrase \u201clevelling up\u201d has been used so often it has lost all meaning.",
        ),
    # --- batch 6: Canadian, Indian, South African, Singaporean and US local news, broadcast
    # transcripts, parliamentary records, council minutes, press conferences, split and
    # multi-paragraph quotes, more false friends; written after the round 8 fixes ------------
    _c6("canada_said_in_an_interview", "Canadian",
        "\u201cThe ice road is our lifeline,\u201d Chief Marlene Ashkewe said in an interview from "
        "Kettle Lake First Nation on Thursday.",
        ("The ice road is our lifeline,", D, "said", "Chief Marlene Ashkewe")),
    _c6("canada_agency_warned_no_article", "Canadian",
        "Environment Norland warned that freezing rain could make highways treacherous by "
        "evening.",
        ("that freezing rain could make highways treacherous by evening", I, "warned",
         "Environment Norland")),
    _c6("india_speaking_to_reporters_here", "Indian",
        "Speaking to reporters here on Monday, the Chief Minister said the State would release "
        "\u20b9200 crore for flood relief.",
        ("the State would release \u20b9200 crore for flood relief", I, "said",
         "the Chief Minister")),
    _c6("india_official_stated_anonymity", "Indian",
        "\u201cThe investigation is in its final stage,\u201d a senior police official stated, "
        "requesting anonymity.",
        ("The investigation is in its final stage,", D, "stated", "a senior police official")),
    _c6("india_initials_alleged", "Indian",
        "Opposition leader R. K. Venkatesan alleged that the funds had been diverted to a "
        "private trust.",
        ("that the funds had been diverted to a private trust", I, "alleged", "R. K. Venkatesan")),
    _c6("india_said_adding_that", "Indian",
        "\u201cWe have identified 12 hotspots,\u201d the Collector said, adding that testing would "
        "be doubled.",
        ("We have identified 12 hotspots,", D, "said", "the Collector"),
        ("that testing would be doubled", I, "adding", "the Collector")),
    _c6("south_africa_ward_councillor_told", "South African",
        "Ward councillor Thandeka Mhlope told the Gazette that residents had gone three weeks "
        "without electricity.",
        ("that residents had gone three weeks without electricity", I, "told",
         "Thandeka Mhlope")),
    _c6("south_africa_rank_abbreviation", "South African",
        "Police spokesperson Brig. Ntombi Mavela said the suspects, aged between 19 and 32, "
        "would appear in court on Monday.",
        ("the suspects, aged between 19 and 32, would appear in court on Monday", I, "said",
         "Brig. Ntombi Mavela")),
    _c6("singapore_facebook_post_said", "Singaporean",
        "In a Facebook post on Sunday, Mr Lim Wei Sheng said the new bus route would serve more "
        "than 5,000 residents.",
        ("the new bus route would serve more than 5,000 residents", I, "said", "Mr Lim Wei Sheng")),
    _c6("singapore_long_office_inverted", "Singaporean",
        "\u201cSafety remains our top priority,\u201d said Senior Minister of State for Transport "
        "Ong Hui Lin.",
        ("Safety remains our top priority,", D, "said", "Ong Hui Lin")),
    _c6("us_local_age_apposition", "US local",
        "\u201cIt\u2019s a shame,\u201d said Darlene Kopp, 67, a retired teacher who has lived on "
        "Elm Street since 1982.",
        ("It\u2019s a shame,", D, "said", "Darlene Kopp")),
    _c6("us_local_said_tuesday_that", "US local",
        "Police Chief Ray Dunleavy said Tuesday that the department would add two officers to "
        "the night shift.",
        ("that the department would add two officers to the night shift", I, "said",
         "Police Chief Ray Dunleavy")),
    _c6("broadcast_transcript_labels", "transcript",
        "Host Dana Whitlow spoke to Mayor Ray Kittredge on Tuesday night.\n\n"
        "WHITLOW: How bad is it?\n\n"
        "KITTREDGE: It\u2019s bad. We have lost power across the whole east side.\n\n"
        "WHITLOW: When will it be back?\n\n"
        "KITTREDGE: Not before Friday, I\u2019m told.",
        ("How bad is it?", D, None, "WHITLOW"),
        ("It\u2019s bad. We have lost power across the whole east side.", D, None, "KITTREDGE"),
        ("When will it be back?", D, None, "WHITLOW"),
        ("Not before Friday, I\u2019m told.", D, None, "KITTREDGE")),
    _c6("hansard_member_constituency_party", "parliamentary record",
        "Mr Desmond Achterberg (Tarrow North) (Lab): Waiting lists in my constituency have "
        "doubled. What will the Minister do about it?\n\n"
        "The Minister for Health (Ms Ruth Okonedo): I thank the hon. Member for his question. "
        "We are investing \u00a340 million in the trust.",
        ("Waiting lists in my constituency have doubled. What will the Minister do about it?",
         D, None, "Mr Desmond Achterberg"),
        ("I thank the hon. Member for his question. We are investing \u00a340 million in the "
         "trust.", D, None, "Ms Ruth Okonedo")),
    _c6("council_minutes_asked_replied", "council minutes",
        "Cllr Pauline Serrat asked whether the car park charges would be reviewed. The Head of "
        "Finance replied that a review was planned for the spring.\n\n"
        "RESOLVED: That the report be noted.",
        ("whether the car park charges would be reviewed", I, "asked", "Cllr Pauline Serrat"),
        ("that a review was planned for the spring", I, "replied", "The Head of Finance")),
    _c6("press_conference_speakers_in_turn", "press conference",
        "At a news conference on Friday, fire chief Gail Renner said crews had contained the "
        "blaze. \u201cWe got lucky with the wind,\u201d she said.\n\n"
        "Mayor Tom Ekwe followed her to the podium. \u201cThis town showed up,\u201d he said. "
        "\u201cI have never been prouder.\u201d",
        ("crews had contained the blaze", I, "said", "Gail Renner"),
        ("We got lucky with the wind,", D, "said", "she"),
        ("This town showed up,", D, "said", "he"),
        ("I have never been prouder.", D, "said", "he")),
    _c6("press_conference_reporter_asked", "press conference",
        "\u201cAre you going to resign?\u201d one reporter asked. \u201cNo,\u201d Mr Tallow "
        "replied.",
        ("Are you going to resign?", D, "asked", "one reporter"),
        ("No,", D, "replied", "Mr Tallow")),
    _c6("split_cue_surname_on_tuesday", "continuing quote",
        "\u201cWe knew the risks,\u201d Okonkwo said on Tuesday. \u201cWe went anyway, because "
        "the children needed us.\u201d",
        ("We knew the risks,", D, "said", "Okonkwo"),
        ("We went anyway, because the children needed us.", D, "said", "Okonkwo")),
    _c6("split_then_paragraphs_repeated_mark", "multi-paragraph",
        "\u201cWe were told the school would stay open,\u201d said parent Lena Oduro. \u201cNow "
        "we hear it will close in July.\n\n\u201cNobody has explained why.\u201d",
        ("We were told the school would stay open,", D, "said", "Lena Oduro"),
        ("Now we hear it will close in July.\n\n\u201cNobody has explained why.", D, "said",
         "Lena Oduro")),
    _c6("single_marks_apostrophes_paragraphs", "multi-paragraph",
        "Rhys Tandey, chair of the players' union, said: 'The members' vote was clear.\n\n"
        "'We will not accept the clubs' offer.'\n\nTalks resume on Monday.",
        ("The members' vote was clear.\n\n'We will not accept the clubs' offer.", D, "said",
         "Rhys Tandey")),
    _c6("single_marks_its_lads", "single marks",
        "Tarrow's manager, Ed Sallow, said: 'It's the lads' best win this season.'",
        ("It's the lads' best win this season.", D, "said", "Ed Sallow")),
    _c6("nested_question_in_quote", "nested",
        "\u201cMy daughter asked me, \u2018Are we going to lose the house?\u2019 and I had no "
        "answer,\u201d said Joan Prentiss.",
        ("My daughter asked me, \u2018Are we going to lose the house?\u2019 and I had no answer,",
         D, "said", "Joan Prentiss")),
    _c6("said_in_a_statement_after_quote", "statement",
        "\u201cWe are co-operating fully with investigators,\u201d Brightwell Air said in a "
        "statement.",
        ("We are co-operating fully with investigators,", D, "said", "Brightwell Air")),
    _c6("wrote_on_x_after_quote", "posts",
        "\u201cProud of every one of them,\u201d the premier wrote on X.",
        ("Proud of every one of them,", D, "wrote", "the premier")),
    _c6("told_broadcaster_mixed", "broadcaster",
        "Mr Osei told Harbour Radio News he had \u201cno regrets\u201d about the decision.",
        ("he had \u201cno regrets\u201d about the decision", M, "told", "Mr Osei")),
    _c6("in_a_letter_wrote_that", "statement",
        "In a letter to parents, head teacher Amos Greer wrote that the school would close early "
        "on Friday.",
        ("that the school would close early on Friday", I, "wrote", "Amos Greer")),
    _c6("company_insisted_bare", "reported speech",
        "The company insisted the product was safe.",
        ("the product was safe", I, "insisted", "The company")),
    _c6("union_claimed_that", "reported speech",
        "Union leaders claimed that more than 3,000 workers had joined the strike.",
        ("that more than 3,000 workers had joined the strike", I, "claimed", "Union leaders")),
    _c6("described_as_mixed", "mixed",
        "The minister described the report as \u201cdeeply flawed\u201d.",
        ("the report as \u201cdeeply flawed\u201d", M, "described", "The minister")),
    _c6("term_mentioned_then_saying", "false friend",
        "Residents object to the term \u201caffordable\u201d, saying the flats will cost "
        "\u00a3400,000.",
        ("the flats will cost \u00a3400,000", I, "saying", "Residents")),
    _c6("film_title_no_quote", "false friend",
        "The film \u201cHarbour Lights\u201d opens in cinemas on Friday.",
        ),
    _c6("song_closed_with_no_quote", "false friend",
        "The band closed with \u201cSalt and Iron\u201d, their 1994 hit.",
        ),
    _c6("known_locally_as_no_quote", "false friend",
        "The stretch of road, known locally as \u201cthe Widowmaker\u201d, has seen six crashes "
        "this year.",
        ),
    _c6("scare_quote_temporary_no_quote", "false friend",
        "The agency\u2019s \u201ctemporary\u201d office has now been open for nine years.",
        ),
    _c6("word_as_word_no_quote", "false friend",
        "The word \u2018resilience\u2019 appears 41 times in the report.",
        ),
    # --- cue verbs, first set (its first run was on the code before round 9's cue-verb changes) ---
    _c7('after_reminded', "cue verbs",
        '"We have kept every promise we made," Councillor Petra Voss reminded voters at the hustings.',
        ('We have kept every promise we made,', 'direct', 'reminded', 'Councillor Petra Voss')),
    _c7('after_beamed_inverted', "cue verbs",
        '"It is the best harvest in twenty years," beamed grower Tomasz Rella.',
        ('It is the best harvest in twenty years,', 'direct', 'beamed', 'Tomasz Rella')),
    _c7('after_quipped', "cue verbs",
        '"At least the rain kept the tourists away," quipped harbour master Elin Trask.',
        ('At least the rain kept the tourists away,', 'direct', 'quipped', 'Elin Trask')),
    _c7('after_mused', "cue verbs",
        '"Perhaps we were too ambitious," Dr Anselm Kowal mused.',
        ('Perhaps we were too ambitious,', 'direct', 'mused', 'Dr Anselm Kowal')),
    _c7('after_scoffed', "cue verbs",
        '"That figure is pure fantasy," scoffed opposition leader Rhoda Crane.',
        ('That figure is pure fantasy,', 'direct', 'scoffed', 'Rhoda Crane')),
    _c7('after_fumed', "cue verbs",
        '"Nobody from the council has even called us," fumed shopkeeper Dev Anand.',
        ('Nobody from the council has even called us,', 'direct', 'fumed', 'Dev Anand')),
    _c7('after_gushed', "cue verbs",
        '"She was simply magnificent tonight," Orla Brandt gushed after the final.',
        ('She was simply magnificent tonight,', 'direct', 'gushed', 'Orla Brandt')),
    _c7('after_laughed', "cue verbs",
        '"That was far too close for comfort," she laughed.',
        ('That was far too close for comfort,', 'direct', 'laughed', 'she')),
    _c7('after_sighed', "cue verbs",
        '"We will just have to start again," sighed coach Benno Farr.',
        ('We will just have to start again,', 'direct', 'sighed', 'Benno Farr')),
    _c7('after_chuckled', "cue verbs",
        '"I never thought I would see ninety," Mabel Quist chuckled.',
        ('I never thought I would see ninety,', 'direct', 'chuckled', 'Mabel Quist')),
    _c7('after_bristled', "cue verbs",
        '"I will not apologise for defending this town," the mayor bristled.',
        ('I will not apologise for defending this town,', 'direct', 'bristled', 'the mayor')),
    _c7('after_snapped', "cue verbs",
        '"Read the report before you criticise it," snapped the minister, Hal Dorrit.',
        ('Read the report before you criticise it,', 'direct', 'snapped', 'Hal Dorrit')),
    _c7('after_reflected', "cue verbs",
        '"It took me years to understand what happened that night," Ines Harrow reflected.',
        ('It took me years to understand what happened that night,', 'direct', 'reflected', 'Ines Harrow')),
    _c7('after_countered_retorted', "cue verbs",
        '"The budget is balanced," Treasurer Ken Obi said.\n\n"Only on paper," countered Senator Lana Fisk.',
        ('The budget is balanced,', 'direct', 'said', 'Treasurer Ken Obi'),
        ('Only on paper,', 'direct', 'countered', 'Senator Lana Fisk')),
    _c7('after_cautioned', "cue verbs",
        '"It is too early to call this a recovery," cautioned economist Priya Mehta.',
        ('It is too early to call this a recovery,', 'direct', 'cautioned', 'Priya Mehta')),
    _c7('after_pleaded', "cue verbs",
        '"Please, just bring him home," pleaded his mother, Ruth Allard.',
        ('Please, just bring him home,', 'direct', 'pleaded', 'Ruth Allard')),
    _c7('after_enthused_grinned', "cue verbs",
        '"We have never had a crowd like it," grinned club secretary Alf Dunmore.',
        ('We have never had a crowd like it,', 'direct', 'grinned', 'Alf Dunmore')),
    _c7('colon_laughed', "cue verbs",
        'Asked about retirement, the veteran jockey Sean Ferris laughed: "Not while I can still climb on a horse."',
        ('Not while I can still climb on a horse.', 'direct', 'laughed', 'Sean Ferris'),
        ('retirement', 'indirect', 'Asked', None)),
    _c7('colon_fumed', "cue verbs",
        'One resident, Gwen Tolley, fumed: "We were told the road would reopen in May."',
        ('We were told the road would reopen in May.', 'direct', 'fumed', 'Gwen Tolley')),
    _c7('indirect_conceded', "cue verbs",
        'The chief executive, Maren Holt, conceded that the rollout had been rushed.',
        ('that the rollout had been rushed', 'indirect', 'conceded', 'Maren Holt')),
    _c7('indirect_recalled', "cue verbs",
        'Farmer Idris Penhale recalled that the river had burst its banks twice that winter.',
        ('that the river had burst its banks twice that winter', 'indirect', 'recalled', 'Idris Penhale')),
    _c7('indirect_cautioned', "cue verbs",
        'The regulator cautioned that prices could rise again next year.',
        ('that prices could rise again next year', 'indirect', 'cautioned', 'The regulator')),
    _c7('indirect_reminded', "cue verbs",
        'Superintendent Carys Lowe reminded drivers that the bridge would close at midnight.',
        ('that the bridge would close at midnight', 'indirect', 'reminded', 'Superintendent Carys Lowe')),
    _c7('indirect_pointed_out', "cue verbs",
        'Ms Okafor pointed out that the school had not been inspected since 2019.',
        ('that the school had not been inspected since 2019', 'indirect', 'pointed out', 'Ms Okafor')),
    _c7('indirect_speculated', "cue verbs",
        'Analyst Joren Sleet speculated that the merger could be announced within weeks.',
        ('that the merger could be announced within weeks', 'indirect', 'speculated', 'Joren Sleet')),
    _c7('indirect_confided', "cue verbs",
        'A senior aide confided that the minister had considered resigning.',
        ('that the minister had considered resigning', 'indirect', 'confided', 'A senior aide')),
    _c7('ff_laughed_at', "cue verbs",
        'The crowd laughed at the idea of a second referendum.'),
    _c7('ff_reflected_light', "cue verbs",
        'The new glass tower reflected the light across the harbour.'),
    _c7('ff_conceded_goals', "cue verbs",
        'Fenwick Athletic conceded two goals in the final ten minutes.'),
    _c7('ff_pleaded_guilty', "cue verbs",
        'Darren Mossop, 34, pleaded guilty to dangerous driving at Carrow Crown Court.'),
    _c7('ff_beamed_signal', "cue verbs",
        'The satellite beamed images of the storm back to Earth.'),
    _c7('ff_smiled_after_quote_sentence', "cue verbs",
        'The band played "Harbour Lights" twice. The singer smiled and waved.'),
    _c7('ff_sighed_relief', "cue verbs",
        'Markets sighed with relief as the bank held rates.'),
    _c7('ff_snapped_streak', "cue verbs",
        'The Harriers snapped a five-game losing streak on Saturday.'),
    _c7('ff_recalled_product', "cue verbs",
        'The carmaker recalled 40,000 vehicles over a brake fault.'),
    # --- cue verbs, second set (written after the first set's fixes) ---
    _c7('b2_shrugged', "cue verbs",
        '"Rules are rules," shrugged the referee, Colm Danaher.',
        ('Rules are rules,', 'direct', 'shrugged', 'Colm Danaher')),
    _c7('b2_went_on', "cue verbs",
        '"We tried everything," the farmer said. "We even moved the cattle twice," she went on.',
        ('We tried everything,', 'direct', 'said', 'the farmer'),
        ('We even moved the cattle twice,', 'direct', 'went on', 'she')),
    _c7('b2_hit_back', "cue verbs",
        '"These claims are false and he knows it," Mayor Ada Kwan hit back.',
        ('These claims are false and he knows it,', 'direct', 'hit back', 'Mayor Ada Kwan')),
    _c7('b2_roared_exclaim', "cue verbs",
        '"We are going to Wembley!" roared captain Lewis Orme.',
        ('We are going to Wembley!', 'direct', 'roared', 'Lewis Orme')),
    _c7('b2_grumbled_indirect', "cue verbs",
        'Commuters grumbled that the new timetable added twenty minutes to their journey.',
        ('that the new timetable added twenty minutes to their journey', 'indirect', 'grumbled', 'Commuters')),
    _c7('b2_confessed', "cue verbs",
        'The former treasurer confessed that she had moved the funds without approval.',
        ('that she had moved the funds without approval', 'indirect', 'confessed', 'The former treasurer')),
    _c7('b2_smiled_colon', "cue verbs",
        'Gran Tilda Morrow, 102, smiled: "Porridge and a walk every morning."',
        # ("Gran" is a description before the name, like "Grandmother": not in the mention)
        ('Porridge and a walk every morning.', 'direct', 'smiled', 'Tilda Morrow')),
    _c7('b2_moaned', "cue verbs",
        'Traders moaned that the roadworks had driven customers away.',
        ('that the roadworks had driven customers away', 'indirect', 'moaned', 'Traders')),
    _c7('b2_nodded_q', "cue verbs",
        '"Will you stand again?" a reporter asked. "Of course," nodded Senator Joan Pike.',
        ('Will you stand again?', 'direct', 'asked', 'a reporter'),
        ('Of course,', 'direct', 'nodded', 'Senator Joan Pike')),
    _c7('b2_swore', "cue verbs",
        'The new chief constable swore that the force would win back public trust.',
        ('that the force would win back public trust', 'indirect', 'swore', 'The new chief constable')),
    _c7('ff2_smiled_new_sentence', "cue verbs",
        'The coach read out the team. "Good luck." The players smiled and ran out.'),
    _c7('ff2_laughing_fan', "cue verbs",
        'A laughing fan held up a banner reading "Bring back Benny".'),
    _c7('ff2_roared_engine', "cue verbs",
        'The engines roared as the lorries left the depot at dawn.'),
    _c7('ff2_went_on_holiday', "cue verbs",
        'The couple went on holiday to Crete in June.'),
    _c7('ff2_grinned_relcl', "cue verbs",
        'The boy who grinned at the cameras was later named as Theo Marsh, 9.'),
    _c7('ff2_hit_back_rally', "cue verbs",
        'The visitors hit back with two late goals.'),
    _c7('ff2_pointed_at', "cue verbs",
        'The witness pointed at the defendant.'),
    # --- cue verbs, third set (written after the second set's fixes) ---
    _c7('b3_giggled', "cue verbs",
        '"I just kept running," giggled eight-year-old Poppy Lane after the fun run.',
        ('I just kept running,', 'direct', 'giggled', 'Poppy Lane')),
    _c7('b3_admitted_ruefully', "cue verbs",
        '"We were not good enough," manager Ross Kyle admitted ruefully.',
        ('We were not good enough,', 'direct', 'admitted', 'Ross Kyle')),
    _c7('b3_groaned_present', "cue verbs",
        '"Not another delay," groans commuter Anjali Rao, 29.',
        ('Not another delay,', 'direct', 'groans', 'Anjali Rao')),
    _c7('b3_interjected_q', "cue verbs",
        '"Is that a promise?" interrupted the host, Mel Grady.',
        ('Is that a promise?', 'direct', 'interrupted', 'Mel Grady')),
    _c7('b3_enthused', "cue verbs",
        '"The kids absolutely loved it," enthused head teacher Nora Pike.',
        ('The kids absolutely loved it,', 'direct', 'enthused', 'Nora Pike')),
    _c7('b3_wept_court', "cue verbs",
        '"I miss him every single day," his widow, Carol Hume, wept in the witness box.',
        ('I miss him every single day,', 'direct', 'wept', 'Carol Hume')),
    _c7('b3_marvelled_colon', "cue verbs",
        'Retired fisherman Alec Bray marvelled: "I have never seen the bay so full of seals."',
        ('I have never seen the bay so full of seals.', 'direct', 'marvelled', 'Alec Bray')),
    _c7('b3_bemoaned_indirect', "cue verbs",
        'Landlords bemoaned that the new rules would drive small owners out of the market.',
        ('that the new rules would drive small owners out of the market', 'indirect', 'bemoaned', 'Landlords')),
    _c7('b3_clarified', "cue verbs",
        'The club later clarified that the striker had not been sold.',
        ('that the striker had not been sold', 'indirect', 'clarified', 'The club')),
    _c7('b3_split_quote_laughed', "cue verbs",
        '"If I had known," she laughed, "I would have brought an umbrella."',
        ('If I had known,', 'direct', 'laughed', 'she'),
        ('I would have brought an umbrella.', 'direct', 'laughed', 'she')),
    _c7('ff3_smiled_photo', "cue verbs",
        'Pictured: the winners smiled for photographers outside the town hall.'),
    _c7('ff3_nodded_through', "cue verbs",
        'Councillors nodded through the budget without debate.'),
    _c7('ff3_stormed_building', "cue verbs",
        'Protesters stormed the building shortly after noon.'),
    _c7('ff3_echoed_hall', "cue verbs",
        'Footsteps echoed around the empty hall.'),
    _c7('ff3_confessed_noun', "cue verbs",
        'The self-confessed gambler lost his house in 2019.'),
    # --- batch 9 (round 10, written before its fixes): court testimony and sentencing, science
    # and business press, translated words, social posts, live blogs, Q&A, brackets and
    # ellipses in quotes, dash signatures, pull quotes, headlines, long quotes cut by their
    # cue, two speakers in a sentence, "according to", a noun cue, read statements, nested
    # quotes, and false friends (signs, slogans, titles, a word mentioned) ---
    _c9("court_giving_evidence_told_jury", "court",
        "Giving evidence, Ms Alina Petrova told the jury: \u201cI never saw the contract.\u201d",
        ("I never saw the contract.", D, "told", "Ms Alina Petrova")),
    _c9("court_prosecutor_told_the_court_after", "court",
        "\u201cThis was a calculated deception spanning six years,\u201d prosecutor Damian Royce "
        "told the court.",
        ("This was a calculated deception spanning six years,", D, "told", "Damian Royce")),
    _c9("court_sentencing_remarks_mixed", "court",
        "In her sentencing remarks, Judge Helen Marsh said the defendant had shown \u201ca total "
        "disregard for human life\u201d.",
        ("the defendant had shown \u201ca total disregard for human life\u201d", M, "said",
         "Judge Helen Marsh")),
    _c9("court_us_testified_that", "court",
        "Detective Mara Quinlan testified that she found the knife in a storm drain behind the "
        "motel.",
        ("that she found the knife in a storm drain behind the motel", I, "testified",
         "Detective Mara Quinlan")),
    _c9("court_witness_testified_after", "court",
        "\"I heard two bangs and then a scream,\" the witness testified.",
        ("I heard two bangs and then a scream,", D, "testified", "the witness")),
    _c9("court_defense_argued_that", "court",
        "Defense attorney Luis Ortega argued that the search had been carried out without a "
        "warrant.",
        ("that the search had been carried out without a warrant", I, "argued", "Luis Ortega")),
    _c9("court_cross_examination_admitted", "court",
        "Under cross-examination, Mr Feeney admitted he had deleted the messages.",
        ("he had deleted the messages", I, "admitted", "Mr Feeney")),
    _c9("court_victim_statement_read", "court",
        "In a victim impact statement read to the court, her mother said: \u201cNot a day goes by "
        "when I do not think of her.\u201d",
        ("Not a day goes by when I do not think of her.", D, "said", "her mother")),
    _c9("court_call_played_heard_saying", "court",
        "In a 999 call played to the jury, Mr Brack can be heard saying: \u201cPlease hurry, she "
        "is not breathing.\u201d",
        ("Please hurry, she is not breathing.", D, "saying", "Mr Brack")),
    _c9("statement_read_by_lawyer_mixed", "statement",
        "In a statement read by her lawyer outside court, Ms Yara Bekov said she was \u201crelieved "
        "it is finally over\u201d.",
        ("she was \u201crelieved it is finally over\u201d", M, "said", "Ms Yara Bekov")),
    _c9("science_lead_author_apposition_said", "health and science",
        "The study\u2019s lead author, Dr Kwame Asante of Brindle University, said the findings "
        "should reassure parents.",
        ("the findings should reassure parents", I, "said", "Dr Kwame Asante")),
    _c9("science_not_involved_colon", "health and science",
        "Dr Saoirse Lynch, who was not involved in the research, said: \u201cIt is a promising but "
        "small study.\u201d",
        ("It is a promising but small study.", D, "said", "Dr Saoirse Lynch")),
    _c9("business_disclosed_in_filing", "business",
        "In a filing with regulators, Orvane Systems disclosed that it had received a subpoena.",
        ("that it had received a subpoena", I, "disclosed", "Orvane Systems")),
    _c9("business_call_with_analysts_after", "business",
        "\u201cDemand was stronger than we expected in every region,\u201d chief executive Nadia "
        "Petrossian said on a call with analysts.",
        ("Demand was stronger than we expected in every region,", D, "said",
         "Nadia Petrossian")),
    _c9("business_told_analysts_that", "business",
        "Finance chief Oren Blakely told analysts that the company would cut costs by $200 "
        "million.",
        ("that the company would cut costs by $200 million", I, "told", "Oren Blakely")),
    _c9("business_declined_no_response_no_quote", "business",
        "A spokesperson for Tallis Motors declined to comment. Kestrel Airlines did not "
        "immediately respond to a request for comment."),
    _c9("wire_dateline_said_it_would", "wire",
        "HARTWELL (Wirefeed) - Marrow Bank said on Thursday it would cut 1,200 jobs.",
        ("it would cut 1,200 jobs", I, "said", "Marrow Bank")),
    _c9("wire_quoted_as_saying", "wire",
        "The Harbour Gazette quoted a senior official as saying the talks had collapsed.",
        ("the talks had collapsed", I, "saying", "a senior official")),
    _c9("translated_through_interpreter", "translated",
        "\u201cWe walked for eleven days,\u201d Amina Yusuf said through an interpreter.",
        ("We walked for eleven days,", D, "said", "Amina Yusuf")),
    _c9("translated_speaking_in_french_mixed", "translated",
        "Speaking in French, the president said the two countries were \u201ccloser than "
        "ever\u201d.",
        ("the two countries were \u201ccloser than ever\u201d", M, "said", "the president")),
    _c9("translated_speaking_through_translator", "translated",
        "\u201cOur village no longer exists,\u201d said Oleh Marchenko, 71, speaking through a "
        "translator.",
        ("Our village no longer exists,", D, "said", "Oleh Marchenko")),
    _c9("social_posted_on_truth_social_mixed", "posts",
        "Governor Dale Whitcombe posted on Truth Social that the count had been \u201crigged from "
        "the start\u201d.",
        ("that the count had been \u201crigged from the start\u201d", M, "posted",
         "Governor Dale Whitcombe")),
    _c9("social_wrote_on_x_that", "posts",
        "The senator wrote on X that she would vote against the bill.",
        ("that she would vote against the bill", I, "wrote", "The senator")),
    _c9("social_in_instagram_post_said", "posts",
        "In an Instagram post, swimmer Kaia Brandt said she would miss the world championships.",
        ("she would miss the world championships", I, "said", "Kaia Brandt")),
    _c9("social_tiktok_video_colon", "posts",
        "In a TikTok video viewed more than two million times, Jo Pemberton said: \u201cI\u2019m "
        "done staying quiet.\u201d",
        ("I\u2019m done staying quiet.", D, "said", "Jo Pemberton")),
    _c9("social_tweeted_before_deleting", "posts",
        "\"This is a disgrace,\" Mr Farris tweeted, before deleting the post an hour later.",
        ("This is a disgrace,", D, "tweeted", "Mr Farris")),
    _c9("live_blog_stamp_line_then_quote", "live blog",
        "13:12 BST\n\n\u201cWe are not going to be rushed,\u201d the prime minister told MPs.",
        ("We are not going to be rushed,", D, "told", "the prime minister")),
    _c9("live_blog_updated_has_said", "live blog",
        "Updated 16:02 GMT\n\nThe health secretary has said there will be no new restrictions "
        "before Christmas.",
        ("there will be no new restrictions before Christmas", I, "said",
         "The health secretary")),
    _c9("live_blog_time_dash_label", "live blog",
        "18:20 \u2014 Chancellor Amir Lodhi: \u201cWe will not raise VAT.\u201d",
        ("We will not raise VAT.", D, None, "Chancellor Amir Lodhi")),
    _c9("qa_labels_with_full_stops", "Q&A",
        "We asked the outgoing chair, Ruth Tennant, about her decision.\n\nQ. Why leave now?\n\n"
        "A. Ten years is long enough for anyone.",
        ("Ten years is long enough for anyone.", D, None, "Ruth Tennant")),
    _c9("brackets_inserted_mid_quote", "brackets in quotes",
        "Ms Oyelaran said: \"They [the council] knew about the damp for years.\"",
        ("They [the council] knew about the damp for years.", D, "said", "Ms Oyelaran")),
    _c9("brackets_open_the_quote", "brackets in quotes",
        "\u201c[The plan] will fail because nobody has costed it,\u201d said economist Bram "
        "Hollis.",
        ("[The plan] will fail because nobody has costed it,", D, "said", "Bram Hollis")),
    _c9("ellipsis_in_mixed_quote", "brackets in quotes",
        "The report said the service was \u201coverstretched ... and unsafe at night\u201d.",
        ("the service was \u201coverstretched ... and unsafe at night\u201d", M, "said",
         "The report")),
    _c9("dash_signatures_after_quotes", "dash signature",
        "Voices from the ward\n\n\u201cEvery shift, we are three nurses short.\u201d \u2014 "
        "Adaeze Okoro, ward nurse\n\n\u201cI have not had a pay rise in four years.\u201d \u2014 "
        "Tom Birch, porter",
        ("Every shift, we are three nurses short.", D, None, "Adaeze Okoro"),
        ("I have not had a pay rise in four years.", D, None, "Tom Birch")),
    _c9("pull_quote_repeats_the_quote", "pull quote",
        "Councillor Wanjiru Kamau said: \u201cWe cannot keep patching the roads.\u201d\n\n"
        "\u201cWe cannot keep patching the roads\u201d\n\nRepairs will start in April.",
        ("We cannot keep patching the roads.", D, "said", "Councillor Wanjiru Kamau"),
        ("We cannot keep patching the roads", D, "said", "Councillor Wanjiru Kamau")),
    _c9("headline_says_single_marks", "headline",
        "Ferry firm says cuts \u2018unavoidable\u2019\n\nSkerry Ferries has said it will axe four "
        "routes.",
        ("cuts \u2018unavoidable\u2019", M, "says", "Ferry firm"),
        ("it will axe four routes", I, "said", "Skerry Ferries")),
    _c9("long_quote_cue_in_middle_paragraph", "multi-paragraph",
        "\u201cThe hospital has been failing for years.\n\n\u201cNobody listened,\u201d said Dr Ines "
        "Varga, who resigned in March. \u201cWe wrote to the board four times.\n\n\u201cIn the end, "
        "I had no choice but to go.\u201d",
        ("The hospital has been failing for years.\n\n\u201cNobody listened,", D, "said",
         "Dr Ines Varga"),
        ("We wrote to the board four times.\n\n\u201cIn the end, I had no choice but to go.", D,
         "said", "Dr Ines Varga")),
    _c9("two_speakers_while", "two speakers",
        "Mayor Abel Quarry said the budget was balanced, while opposition leader Hana Sato said "
        "it relied on \u201cfantasy figures\u201d.",
        ("the budget was balanced", I, "said", "Mayor Abel Quarry"),
        ("it relied on \u201cfantasy figures\u201d", M, "said", "Hana Sato")),
    _c9("two_speakers_but", "two speakers",
        "Residents said the bypass was long overdue, but traders warned that it would empty the "
        "high street.",
        ("the bypass was long overdue", I, "said", "Residents"),
        ("that it would empty the high street", I, "warned", "traders")),
    _c9("according_to_memo_at_end", "according to",
        "The plant will close by March, according to an internal memo seen by the Harbour "
        "Gazette.",
        ("The plant will close by March", I, "according to",
         "an internal memo seen by the Harbour Gazette")),
    _c9("according_to_mid_sentence_people", "according to",
        "The minister, according to two people briefed on the talks, offered to resign on "
        "Sunday.",
        ("The minister", I, "according to", "two people briefed on the talks"),
        ("offered to resign on Sunday", I, "according to", "two people briefed on the talks")),
    _c9("noun_cue_claim_that", "noun cue",
        "Mr Dorsey\u2019s claim that the ballots had been tampered with was never backed by "
        "evidence.",
        ("that the ballots had been tampered with", I, "claim", "Mr Dorsey")),
    _c9("spokesman_for_apposition_name_mixed", "statement",
        "A spokesman for the prime minister, Tobias Wren, said the meeting had been "
        "\u201cconstructive\u201d.",
        ("the meeting had been \u201cconstructive\u201d", M, "said", "Tobias Wren")),
    _c9("nested_quote_opens_the_quote", "nested",
        "\u201c\u2018Unacceptable\u2019 is not a strong enough word,\u201d said campaigner Rhea "
        "Tull.",
        ("\u2018Unacceptable\u2019 is not a strong enough word,", D, "said", "Rhea Tull")),
    _c9("nested_advice_told_me", "nested",
        "Mr Ferris said: \"My father always told me, 'Never sign anything you have not read,' "
        "and he was right.\"",
        ("My father always told me, 'Never sign anything you have not read,' and he was right.",
         D, "said", "Mr Ferris")),
    _c9("programme_title_in_frame", "false friend",
        "Speaking on \u201cThe Morning Desk\u201d, Ms Alvarez said rents would keep rising.",
        ("rents would keep rising", I, "said", "Ms Alvarez")),
    _c9("sign_read_no_quote", "false friend",
        "A handwritten sign on the door read: \u201cClosed until further notice.\u201d"),
    _c9("slogan_on_shirts_no_quote", "false friend",
        "T-shirts printed with the slogan \u201cPier Pressure\u201d sold out within hours."),
    _c9("word_avoided_no_quote", "false friend",
        "Ministers avoided the word \u201ccrisis\u201d throughout the debate."),
    _c9("scare_quote_restructuring_no_quote", "false friend",
        "The firm\u2019s \u201crestructuring\u201d has so far meant 600 redundancies."),
    _c9("podcast_title_no_quote", "false friend",
        "Her podcast, \u201cSalt Flats\u201d, topped the charts in May."),
    # --- batch 10 (round 11, written before its fixes): long features with pronouns and
    # floating quotes, quotes cut twice, nested and dashed quotes, sloppy marks and stray
    # apostrophes, reporting verbs in unusual tenses and moods, negated reports, vox pops,
    # documents as sources, one-word headline quotes, and more false friends
    _c10("feature_pronoun_added_went_on", "feature",
         "Marguerite Olsson has run the Lantern Bakery in Fennick for 22 years. \u201cI never "
         "planned to stay this long,\u201d she said. \u201cBut the town grew on me.\u201d\n\nShe added "
         "that rising flour prices had forced her to cut opening hours.\n\n\u201cSome weeks I pay "
         "myself nothing,\u201d Ms Olsson went on.",
         ("I never planned to stay this long,", D, "said", "she"),
         ("But the town grew on me.", D, "said", "she"),
         ("that rising flour prices had forced her to cut opening hours", I, "added", "She"),
         ("Some weeks I pay myself nothing,", D, "went on", "Ms Olsson")),
    _c10("feature_floating_after_indirect", "feature",
         "Porter Lyall Dunmore said the new rota was unworkable.\n\n\u201cWe have asked for a "
         "meeting three times and heard nothing.\u201d",
         ("the new rota was unworkable", I, "said", "Lyall Dunmore"),
         ("We have asked for a meeting three times and heard nothing.", D, "said",
          "Lyall Dunmore")),
    _c10("feature_named_then_he_said", "feature",
         "Detective Sergeant Lyle Okafor said officers were keeping an open mind.\n\n\u201cWe are "
         "appealing for anyone who was in the park that evening to come forward,\u201d he said.",
         ("officers were keeping an open mind", I, "said", "Detective Sergeant Lyle Okafor"),
         ("We are appealing for anyone who was in the park that evening to come forward,", D,
          "said", "he")),
    _c10("interrupted_twice", "split quote",
         "\u201cThe council,\u201d said Ivo Brenner, \u201chas had years to fix this road, and,\u201d he "
         "added, \u201cit has done nothing.\u201d",
         ("The council,", D, "said", "Ivo Brenner"),
         ("has had years to fix this road, and,", D, "added", "he"),
         ("it has done nothing.", D, "added", "he")),
    _c10("interrupted_then_dashes_inside", "split quote",
         "\u201cWhat we need,\u201d said Ms Abena Oduro, \u201cis not another review \u2014 we have had "
         "four \u2014 but action.\u201d",
         ("What we need,", D, "said", "Ms Abena Oduro"),
         ("is not another review \u2014 we have had four \u2014 but action.", D, "said",
          "Ms Abena Oduro")),
    _c10("nested_single_inside_double_said", "nested",
         "\u201cHe looked straight at me and said \u2018never again\u2019,\u201d said Carys Penhale.",
         ("He looked straight at me and said \u2018never again\u2019,", D, "said", "Carys Penhale")),
    _c10("nested_straight_marks_saying", "nested",
         "\"My grandmother used to say 'waste not, want not'. I still live by it,\" Mr Tunde "
         "Adeyemi said.",
         ("My grandmother used to say 'waste not, want not'. I still live by it,", D, "said",
          "Mr Tunde Adeyemi")),
    _c10("dash_aside_inside_quote", "dashes",
         "\u201cWe were told \u2014 and I remember this clearly \u2014 that the bridge was safe,\u201d said "
         "engineer Tomasz Wierzba.",
         ("We were told \u2014 and I remember this clearly \u2014 that the bridge was safe,", D,
          "said", "Tomasz Wierzba")),
    _c10("dash_aside_between_subject_and_verb", "dashes",
         "Ms Imelda Harlow \u2014 who chairs the trust \u2014 said the money was there but nobody "
         "would spend it.",
         ("the money was there but nobody would spend it", I, "said", "Ms Imelda Harlow")),
    _c10("sloppy_unclosed_at_paragraph_end", "sloppy marks",
         "\u201cWe will rebuild,\u201d said Pastor Lionel Achebe. \u201cThis church has stood for 150 "
         "years and it will stand for 150 more.\n\nThe fire started in the vestry shortly after "
         "midnight, fire crews said.",
         ("We will rebuild,", D, "said", "Pastor Lionel Achebe"),
         ("This church has stood for 150 years and it will stand for 150 more.", D, "said",
          "Pastor Lionel Achebe"),
         ("The fire started in the vestry shortly after midnight", I, "said", "fire crews")),
    _c10("stray_apostrophes_rock_n_roll", "sloppy marks",
         "The band, who played rock 'n' roll through the '90s, were booked by Declan O'Neill's "
         "agency. 'It was the best summer of our lives,' said drummer Pat Keogh.",
         ("It was the best summer of our lives,", D, "said", "Pat Keogh")),
    _c10("single_marks_with_name_apostrophes", "sloppy marks",
         "'O'Rourke's was the heart of the village for a century,' said landlord Seamus "
         "Kilbride.",
         ("O'Rourke's was the heart of the village for a century,", D, "said",
          "Seamus Kilbride")),
    _c10("plural_possessive_then_single_marks", "sloppy marks",
         "The players' families said they had been 'treated like criminals' at the airport.",
         ("they had been 'treated like criminals' at the airport", M, "said",
          "The players' families")),
    _c10("would_later_claim", "tense and mood",
         "Mr Edwin Rusk would later claim that he had never seen the letter.",
         ("that he had never seen the letter", I, "claim", "Mr Edwin Rusk")),
    _c10("has_long_argued", "tense and mood",
         "Professor Anke Doll has long argued that the levy is unfair on renters.",
         ("that the levy is unfair on renters", I, "argued", "Professor Anke Doll")),
    _c10("is_expected_to_announce_no_quote", "tense and mood",
         "The chancellor is expected to announce a freeze on fuel duty next week."),
    _c10("is_due_to_say_whether_no_quote", "tense and mood",
         "The board is due to say on Friday whether the plant will close."),
    _c10("denied_that", "tense and mood",
         "The club denied that any player had been paid in cash.",
         ("that any player had been paid in cash", I, "denied", "The club")),
    _c10("refused_to_say_whether_no_quote", "tense and mood",
         "Police refused to say whether the man had been known to them."),
    _c10("is_understood_to_have_told", "tense and mood",
         "Ms Petra Hale is understood to have told colleagues that she will not stand again.",
         ("that she will not stand again", I, "told", "Ms Petra Hale")),
    _c10("claimed_without_evidence_that", "tense and mood",
         "The candidate claimed, without evidence, that thousands of postal votes had been "
         "forged.",
         ("that thousands of postal votes had been forged", I, "claimed", "The candidate")),
    _c10("did_not_say_when_no_quote", "negated",
         "The minister did not say when the report would be published."),
    _c10("never_said_inside_lawyers_report", "negated",
         "Mr Varley never said the vaccine was unsafe, his lawyer told the hearing.",
         ("Mr Varley never said the vaccine was unsafe", I, "told", "his lawyer")),
    _c10("who_clause_then_said_colon", "who clause",
         "Ngaire Tamihana, who has campaigned for the crossing since her son was hurt there in "
         "2019, said: \u201cIt should not take an injury to get a zebra crossing.\u201d",
         ("It should not take an injury to get a zebra crossing.", D, "said",
          "Ngaire Tamihana")),
    _c10("one_resident_another", "several voices",
         "Opinion on the high street was divided. One resident said the new car park was "
         "\u201ca godsend\u201d. Another said it had ruined the view from the church.",
         ("the new car park was \u201ca godsend\u201d", M, "said", "One resident"),
         ("it had ruined the view from the church", I, "said", "Another")),
    _c10("one_wrote_another_posted", "several voices",
         "Fans reacted angrily online. One wrote: \u201cThis club has lost its soul.\u201d Another "
         "posted: \u201cSeason ticket cancelled.\u201d",
         ("This club has lost its soul.", D, "wrote", "One"),
         ("Season ticket cancelled.", D, "posted", "Another")),
    _c10("said_one_agreed_another", "several voices",
         "\u201cIt\u2019s chaos,\u201d said one shopper. \u201cAbsolute chaos,\u201d agreed another.",
         ("It\u2019s chaos,", D, "said", "one shopper"),
         ("Absolute chaos,", D, "agreed", "another")),
    _c10("vox_pop_age_job_colon", "vox pop",
         "What voters say\n\nMirela Dunn, 34, teacher: \u201cI will vote for whoever fixes the "
         "buses.\u201d\n\nBilal Haq, 61, taxi driver: \u201cNone of them have a clue.\u201d",
         ("I will vote for whoever fixes the buses.", D, None, "Mirela Dunn"),
         ("None of them have a clue.", D, None, "Bilal Haq")),
    _c10("press_release_boilerplate_mixed", "press release",
         "In a press release, Corvane Foods said it was \u201cproud to be investing in the future "
         "of the region\u201d. The company employs 3,000 people.",
         ("it was \u201cproud to be investing in the future of the region\u201d", M, "said",
          "Corvane Foods")),
    _c10("press_release_in_a_statement_after", "press release",
         "\u201cWe are delighted to welcome Ms Pryor to the team,\u201d said Halden Group chief "
         "executive Rob Ainsley in a statement.",
         ("We are delighted to welcome Ms Pryor to the team,", D, "said", "Rob Ainsley")),
    _c10("report_found_that", "documents",
         "The inspectors\u2019 report found that a third of the wards were understaffed.",
         ("that a third of the wards were understaffed", I, "found",
          "The inspectors\u2019 report")),
    _c10("filing_states_that", "documents",
         "The filing states that the company owes its creditors $40 million.",
         ("that the company owes its creditors $40 million", I, "states", "The filing")),
    _c10("filing_states_colon", "documents",
         "The indictment states: \u201cThe defendant knowingly misled investors.\u201d",
         ("The defendant knowingly misled investors.", D, "states", "The indictment")),
    _c10("headline_one_word_minister_slams", "headline",
         "\u2018Unacceptable\u2019: Minister slams delays to cancer scans\n\nThe health minister said "
         "waiting times were far too long.",
         ("Unacceptable", D, None, "Minister"),
         ("waiting times were far too long", I, "said", "The health minister")),
    _c10("commenting_on_the_report_colon", "commented",
         "Commenting on the report, Dr Felix Amadi said: \u201cThese figures are shocking but not "
         "surprising.\u201d",
         ("These figures are shocking but not surprising.", D, "said", "Dr Felix Amadi")),
    _c10("commented_that_mixed", "commented",
         "Ms Roisin Kerrigan commented that the figures were \u201cdeeply worrying\u201d.",
         ("that the figures were \u201cdeeply worrying\u201d", M, "commented", "Ms Roisin Kerrigan")),
    _c10("book_title_no_quote", "false friend",
         "Her memoir, \u201cA House by the Weir\u201d, is published on Thursday."),
    _c10("nickname_no_quote", "false friend",
         "Known to regulars as \u201cBig Tam\u201d, Thomas Reid ran the bar for 40 years."),
    _c10("so_called_scare_quote_no_quote", "false friend",
         "The so-called \u201cgarden tax\u201d comes into force in April."),
    _c10("search_term_no_quote", "false friend",
         "Searches for \u201cflood insurance\u201d tripled in the week after the storm."),
    _c10("product_name_no_quote", "false friend",
         "The company\u2019s \u201cSmartKettle\u201d went on sale in 2021 and was recalled a year later."),
    _c10("film_title_shot_no_quote", "false friend",
         "The film \u201cNo Safe Harbour\u201d was shot in the town last summer."),
    # --- batch 11 (round 12, written before its fixes): US local TV and radio web copy,
    # magazine long-form in the present tense, fact-checks (the verdict is the writer's),
    # editorials, press releases and their boilerplate, tabloids, investigative pieces
    # quoting documents, post-match interviews, NGO and UN reports, "commented on" a topic,
    # court transcripts, ellipses and square brackets, relative clauses that report, reported
    # questions, dash attributions at a paragraph's end, quotes in three parts, "per" sources,
    # and false friends (titles, scare quotes, a storm's nickname, a headline question)
    _c11("tv_sheriff_told_station", "US local TV",
         "Sheriff Dana Whitlow told KVRX 7 News the fire started in a detached garage behind "
         "the house.",
         ("the fire started in a detached garage behind the house", I, "told",
          "Sheriff Dana Whitlow")),
    _c11("tv_neighbor_told_station_colon", "US local TV",
         "Neighbor Carla Mendes told WBTN: \u201cI heard the crash and ran outside in my "
         "socks.\u201d",
         ("I heard the crash and ran outside in my socks.", D, "told", "Carla Mendes")),
    _c11("radio_said_in_interview_with", "US local TV",
         "\u201cWe\u2019re not closing any schools this year,\u201d Superintendent Gail Ferrante said "
         "in an interview with WKMR.",
         ("We\u2019re not closing any schools this year,", D, "said",
          "Superintendent Gail Ferrante")),
    _c11("tv_police_facebook_post_that", "US local TV",
         "The Millbrook Police Department said in a Facebook post Sunday that the boy had been "
         "found safe.",
         ("that the boy had been found safe", I, "said", "The Millbrook Police Department")),
    _c11("tv_deputies_said_age_aside", "US local TV",
         "Deputies said the driver, 34, was traveling at more than 90 mph when he lost control.",
         ("the driver, 34, was traveling at more than 90 mph when he lost control", I, "said",
          "Deputies")),
    _c11("radio_mixed_full_stop_inside", "US local TV",
         "Speaking on WDRK\u2019s Morning Line, Alderman Joe Pulaski said the ward needed \u201cmore "
         "officers, not more cameras.\u201d",
         ("the ward needed \u201cmore officers, not more cameras.\u201d", M, "said",
          "Alderman Joe Pulaski")),
    _c11("magazine_present_tense_split", "magazine",
         "Vance Oduya, 58, speaks slowly. \u201cI spent thirty years building this company,\u201d he "
         "says, \u201cand three weeks watching it fall apart.\u201d",
         ("I spent thirty years building this company,", D, "says", "he"),
         ("and three weeks watching it fall apart.", D, "says", "he")),
    _c11("magazine_nested_inspector", "magazine",
         "\u201cWhen the inspector told me, \u2018Your licence is gone,\u2019 I just sat down on the "
         "kerb,\u201d Okello says.",
         ("When the inspector told me, \u2018Your licence is gone,\u2019 I just sat down on the kerb,",
          D, "says", "Okello")),
    _c11("magazine_three_parts_pause", "magazine",
         "\u201cThe first winter,\u201d Ilse Brandauer says, \u201cwe burned the furniture.\u201d She "
         "pauses. \u201cThe second winter, we burned the books.\u201d",
         ("The first winter,", D, "says", "Ilse Brandauer"),
         ("we burned the furniture.", D, "says", "Ilse Brandauer"),
         ("The second winter, we burned the books.", D, "says", "Ilse Brandauer")),
    _c11("factcheck_said_then_false", "fact-check",
         "Senator Lorna Pike said in a campaign ad that crime in Eastvale had doubled since "
         "2020. That is false. Reported crime fell 8 percent over the period.",
         ("that crime in Eastvale had doubled since 2020", I, "said", "Senator Lorna Pike")),
    _c11("factcheck_claim_verdict_labels", "fact-check",
         "THE CLAIM: Mayor Teo Brandt says the city\u2019s new bus lanes cost $40 million.\n\n"
         "THE VERDICT: False. The lanes cost $11.2 million, according to city budget documents.",
         ("the city\u2019s new bus lanes cost $40 million", I, "says", "Mayor Teo Brandt"),
         ("The lanes cost $11.2 million", I, "according to", "city budget documents")),
    _c11("factcheck_viral_post_claims", "fact-check",
         "A viral Facebook post claims that the county will ban gas stoves next year. There is "
         "no such plan.",
         ("that the county will ban gas stoves next year", I, "claims",
          "A viral Facebook post")),
    _c11("factcheck_wrote_mixed_it_does_not", "fact-check",
         "In a post on X, Rep. Carl Dunmore wrote that the bill \u201cgives amnesty to "
         "millions.\u201d It does not.",
         ("that the bill \u201cgives amnesty to millions.\u201d", M, "wrote", "Rep. Carl Dunmore")),
    _c11("editorial_insists_it_is_not", "editorial",
         "The governor insists the budget is balanced. It is not.",
         ("the budget is balanced", I, "insists", "The governor")),
    _c11("editorial_as_told_this_newspaper", "editorial",
         "As Mayor Ruth Okafor told this newspaper last year, \u201cA city that can\u2019t plow its "
         "streets can\u2019t do anything.\u201d",
         ("A city that can\u2019t plow its streets can\u2019t do anything.", D, "told",
          "Mayor Ruth Okafor")),
    _c11("press_release_said_name_ceo_of", "press release",
         "\u201cThis acquisition doubles our footprint in the Midwest,\u201d said John Okonkwo, CEO "
         "of Brightline Logistics.",
         ("This acquisition doubles our footprint in the Midwest,", D, "said", "John Okonkwo")),
    _c11("press_release_dateline_today_announced", "press release",
         "DENVER, March 3, 2026 /PRWire/ -- Alpenrock Software today announced that it has "
         "appointed Mei Tanaka as chief financial officer.",
         ("that it has appointed Mei Tanaka as chief financial officer", I, "announced",
          "Alpenrock Software")),
    _c11("press_release_about_boilerplate_no_quote", "press release",
         "About Alpenrock Software\n\nAlpenrock Software builds scheduling tools for hospitals. "
         "For more information, visit the company website."),
    _c11("tabloid_source_close_to", "tabloid",
         "A source close to the couple told The Daily Blaze: \u201cShe\u2019s absolutely "
         "heartbroken.\u201d",
         ("She\u2019s absolutely heartbroken.", D, "told", "A source close to the couple")),
    _c11("tabloid_one_pal_said", "tabloid",
         "\u201cHe\u2019s been partying like there\u2019s no tomorrow,\u201d one pal said.",
         ("He\u2019s been partying like there\u2019s no tomorrow,", D, "said", "one pal")),
    _c11("tabloid_insiders_claim", "tabloid",
         "Insiders claim the singer demanded a private jet for the two-hour trip.",
         ("the singer demanded a private jet for the two-hour trip", I, "claim", "Insiders")),
    _c11("document_memo_reads_colon", "documents",
         "The memo, dated June 4, reads: \u201cDo not discuss the inspection results with "
         "tenants.\u201d",
         ("Do not discuss the inspection results with tenants.", D, "reads", "The memo")),
    _c11("document_email_wrote_mixed", "documents",
         "In one email, a senior manager wrote that the repairs could \u201cwait until after the "
         "audit\u201d.",
         ("that the repairs could \u201cwait until after the audit\u201d", M, "wrote",
          "a senior manager")),
    _c11("document_lawsuit_alleges", "documents",
         "The lawsuit alleges that Corrigan Health overbilled the state by $3 million.",
         ("that Corrigan Health overbilled the state by $3 million", I, "alleges",
          "The lawsuit")),
    _c11("sports_speaking_after_told_radio", "sports",
         "Speaking after the match, Kestrel United boss Amos Feld told Radio Harrowby: \u201cThe "
         "lads gave everything.\u201d",
         ("The lads gave everything.", D, "told", "Amos Feld")),
    _c11("sports_told_reporters_after_loss", "sports",
         "\u201cWe just didn\u2019t execute down the stretch,\u201d coach Terrence Boyd told reporters "
         "after the 98-91 loss.",
         ("We just didn\u2019t execute down the stretch,", D, "told", "Terrence Boyd")),
    _c11("sports_asked_about_topic", "sports",
         "Asked about his future, striker Danilo Reis said: \u201cI\u2019m happy here.\u201d",
         ("I\u2019m happy here.", D, "said", "Danilo Reis")),
    _c11("sports_per_league_sources", "sports",
         "The deal is worth $80 million over five years, per two league sources.",
         ("The deal is worth $80 million over five years", I, "per", "two league sources")),
    _c11("ngo_report_apposition_warned", "reports",
         "The report, published by the aid group Harvest Line on Tuesday, warned that 1.2 "
         "million people faced acute hunger.",
         ("that 1.2 million people faced acute hunger", I, "warned", "The report")),
    _c11("un_panel_said_in_report_mixed", "reports",
         "A UN panel said in its annual report that the ceasefire had been violated \u201con a "
         "daily basis\u201d.",
         ("that the ceasefire had been violated \u201con a daily basis\u201d", M, "said",
          "A UN panel")),
    _c11("commented_on_topic_no_quote", "commented",
         "Ms Priya Raman, the charity\u2019s director, commented on the report at a briefing in "
         "Gorsey."),
    _c11("court_transcript_role_labels", "court",
         "THE COURT: Mr. Delacroix, do you understand the charges?\n\nTHE DEFENDANT: Yes, Your "
         "Honor.",
         ("Mr. Delacroix, do you understand the charges?", D, None, "THE COURT"),
         ("Yes, Your Honor.", D, None, "THE DEFENDANT")),
    _c11("ellipsis_and_brackets_open", "brackets in quotes",
         "\u201c\u2026 and then [the officer] pushed me to the ground,\u201d Keisha Barnett said.",
         ("\u2026 and then [the officer] pushed me to the ground,", D, "said", "Keisha Barnett")),
    _c11("brackets_sic_wrote_colon", "brackets in quotes",
         "The councillor wrote: \u201cTheir [sic] going to regret this.\u201d",
         ("Their [sic] going to regret this.", D, "wrote", "The councillor")),
    _c11("who_said_then_added_that", "who clause",
         "Ms Freya Lindqvist, who said she had worked at the plant for 30 years, added that "
         "morale had never been lower.",
         ("she had worked at the plant for 30 years", I, "said", "Ms Freya Lindqvist"),
         ("that morale had never been lower", I, "added", "Ms Freya Lindqvist")),
    _c11("reported_question_asked_whether", "reported question",
         "One councillor asked whether the money could be spent on libraries instead.",
         ("whether the money could be spent on libraries instead", I, "asked",
          "One councillor")),
    _c11("dash_that_was_the_view_of", "dash attribution",
         "\u201cWe were sold a dream and handed a bill\u201d \u2013 that was the view of one parent "
         "at Tuesday\u2019s meeting.",
         ("We were sold a dream and handed a bill", D, None, "one parent")),
    _c11("dash_signature_with_role_before", "dash attribution",
         "\u201cNobody told us the bridge was closing.\u201d \u2014 Maple Street resident Joan Akers",
         ("Nobody told us the bridge was closing.", D, None, "Joan Akers")),
    _c11("said_who_then_second_sentence", "speaker after (inverted)",
         "\u201cWe won\u2019t back down,\u201d said Nell Ruark, who organized the walkout. \u201cNot "
         "this time.\u201d",
         ("We won\u2019t back down,", D, "said", "Nell Ruark"),
         ("Not this time.", D, "said", "Nell Ruark")),
    _c11("novel_title_no_quote", "false friend",
         "Lindgren\u2019s new novel, \u201cThe Salt Orchard\u201d, follows three sisters in 1950s "
         "Maine."),
    _c11("storm_dubbed_by_no_quote", "false friend",
         "The storm, dubbed \u201cthe Beast from the Bay\u201d by forecasters, brought down power "
         "lines across the county."),
    _c11("scare_quote_experts_no_quote", "false friend",
         "The \u201cexperts\u201d who designed the scheme have since moved on."),
    _c11("headline_question_scare_quote_no_quote", "false friend",
         "Is the \u201cfour-day week\u201d here to stay?"),
    _c11("song_closed_with_no_quote", "false friend",
         "The band closed with \u201cHarbour Lights\u201d, their 1987 hit."),
    # --- batch 12 (round 13, written before its fixes): live blogs and rolling news, Q&A
    # interviews, obituaries and tributes, quotes split over a paragraph break with the cue in
    # the middle, ellipses and editorial brackets, "according to a statement from", "X's office
    # said", dash signatures opening a paragraph, headline quotes, "?" and "!" before the cue,
    # press conferences with "added", sports and business results, "warned", "insisted",
    # "conceded", "admitted", passive cues, negated and hypothetical cues (no quote), scare
    # quotes and titles (no quote), transcript labels, documents as sources, station call signs
    # with a channel number
    _c12("liveblog_stamp_gmt_says", "live blog",
         "14:02 GMT \u2013 The coastguard says two people have been pulled from the water off "
         "Penmarra Point.",
         ("two people have been pulled from the water off Penmarra Point", I, "says",
          "The coastguard")),
    _c12("liveblog_updated_told_radio_colon", "live blog",
         "Updated 9.15am: Transport secretary Halla Voss has told Radio Tamsin: \u201cWe expect "
         "the line to reopen by lunchtime.\u201d",
         ("We expect the line to reopen by lunchtime.", D, "told", "Halla Voss")),
    _c12("rolling_breaking_police_say", "live blog",
         "BREAKING: Police say a man has been arrested after a stabbing in Dunmere town centre.",
         ("a man has been arrested after a stabbing in Dunmere town centre", I, "say", "Police")),
    _c12("rolling_outlet_reported", "wire",
         "The tanker was boarded by armed men before dawn, the Harbour Courier reported.",
         ("The tanker was boarded by armed men before dawn", I, "reported",
          "the Harbour Courier")),
    _c12("qa_two_pairs", "Q&A",
         "Former mayor Della Strickland spoke to us about her new book.\n\nQ: Why did you leave "
         "politics?\n\nA: Because it stopped being fun.\n\nQ: Would you go back?\n\nA: Never say "
         "never.",
         ("Because it stopped being fun.", D, None, "Della Strickland"),
         ("Never say never.", D, None, "Della Strickland")),
    _c12("obituary_tributes_said_his_nephew", "obituary",
         "Tributes have been paid to former lifeboat coxswain Idris Penhallow, who has died aged "
         "88. \u201cHe was the bravest man I ever knew,\u201d said his nephew, Cai Penhallow.",
         ("He was the bravest man I ever knew,", D, "said", "Cai Penhallow")),
    _c12("obituary_paid_tribute_saying_mixed", "obituary",
         "Club chairman Rhodri Vane paid tribute to him, saying he had \u201cgiven everything to "
         "this town\u201d.",
         ("he had \u201cgiven everything to this town\u201d", M, "saying", "Rhodri Vane")),
    _c12("obituary_family_said_in_statement_released", "obituary",
         "\u201cOur hearts are broken,\u201d the family said in a statement released through "
         "police.",
         ("Our hearts are broken,", D, "said", "the family")),
    _c12("split_paragraph_cue_middle", "split quote",
         "\u201cThe first thing we did was count heads,\u201d the teacher, Mair Olsen, said. "
         "\u201cThen we walked them up the hill.\n\n\u201cNo one panicked.\u201d",
         ("The first thing we did was count heads,", D, "said", "Mair Olsen"),
         ("Then we walked them up the hill.\n\n\u201cNo one panicked.", D, "said", "Mair Olsen")),
    _c12("split_cue_paragraph_then_floating", "split quote",
         "\u201cWe knew the river was rising,\u201d said farmer Bryn Tallis.\n\n\u201cBut nobody "
         "expected it over the wall in an hour.\u201d",
         ("We knew the river was rising,", D, "said", "Bryn Tallis"),
         ("But nobody expected it over the wall in an hour.", D, "said", "Bryn Tallis")),
    _c12("brackets_and_ellipsis_mid_quote", "brackets in quotes",
         "\u201cThe board [of governors] knew in March \u2026 and chose to do nothing,\u201d said "
         "parent Gwen Aubrey.",
         ("The board [of governors] knew in March \u2026 and chose to do nothing,", D, "said",
          "Gwen Aubrey")),
    _c12("bracket_opening_word_chanted", "brackets in quotes",
         "\u201c[We] will not be moved,\u201d the protesters chanted outside the depot.",
         ("[We] will not be moved,", D, "chanted", "the protesters")),
    _c12("according_to_statement_from", "according to",
         "The crossing was cancelled because of a fault with a lifeboat winch, according to a "
         "statement from Isle Link Ferries.",
         ("The crossing was cancelled because of a fault with a lifeboat winch", I,
          "according to", "a statement from Isle Link Ferries")),
    _c12("ministers_office_said", "statement",
         "The minister\u2019s office said she would not attend the summit in Valbrec.",
         ("she would not attend the summit in Valbrec", I, "said", "The minister\u2019s office")),
    _c12("dash_signature_opens_paragraph", "dash attribution",
         "\u201cEvery family on this street lost something.\u201d\n\n\u2014 Parish councillor Edwin "
         "Marl",
         ("Every family on this street lost something.", D, None, "Edwin Marl")),
    _c12("headline_quote_comma_say", "headline",
         "\u2018We have been forgotten\u2019, say flood-hit farmers\n\nFarmers in the Lune valley "
         "are still waiting for compensation.",
         ("We have been forgotten", D, "say", "flood-hit farmers")),
    _c12("question_mark_demanded_whose", "? and !",
         "\u201cWhere were the police?\u201d demanded Orrin Blake, whose shop was looted.",
         ("Where were the police?", D, "demanded", "Orrin Blake")),
    _c12("exclamation_shouted_as", "? and !",
         "\u201cWe did it!\u201d Captain Sefa Tuilagi shouted as the final whistle blew.",
         ("We did it!", D, "shouted", "Captain Sefa Tuilagi")),
    _c12("press_conference_said_then_added", "press conference",
         "At a press conference on Friday, Chief Constable Rana Yusuf said four people had been "
         "arrested. \u201cThis investigation is far from over,\u201d she added.",
         ("four people had been arrested", I, "said", "Chief Constable Rana Yusuf"),
         ("This investigation is far from over,", D, "added", "she")),
    _c12("sports_keeper_conceded", "sports",
         "Keeper Tam Lindo conceded he should have done better with the second goal.",
         ("he should have done better with the second goal", I, "conceded", "Tam Lindo")),
    _c12("sports_who_scored_said_mixed", "sports",
         "Holloway, who scored twice, said the win was \u201cmassive\u201d for the club.",
         ("the win was \u201cmassive\u201d for the club", M, "said", "Holloway")),
    _c12("business_results_group_said", "business",
         "Pre-tax profit rose 8% to \u00a341m in the six months to June, the group said.",
         ("Pre-tax profit rose 8% to \u00a341m in the six months to June", I, "said",
          "the group")),
    _c12("business_in_a_filing_comma_said", "business",
         "In a filing with regulators, Corvane Inc. said quarterly revenue fell 12%.",
         ("quarterly revenue fell 12%", I, "said", "Corvane Inc.")),
    _c12("union_warned_no_that", "reported speech",
         "The union warned members could walk out before Christmas.",
         ("members could walk out before Christmas", I, "warned", "The union")),
    _c12("insisted_direct_after", "reported speech",
         "\u201cI have done nothing wrong,\u201d Gideon Ashe insisted on Tuesday.",
         ("I have done nothing wrong,", D, "insisted", "Gideon Ashe")),
    _c12("trust_admitted_it_had", "reported speech",
         "The hospital trust admitted it had failed to act on repeated warnings.",
         ("it had failed to act on repeated warnings", I, "admitted", "The hospital trust")),
    _c12("passive_it_was_announced_that", "passive",
         "It was announced on Monday that the festival would not return next year.",
         ("that the festival would not return next year", I, "announced", None)),
    _c12("passive_was_quoted_as_saying_mixed", "passive",
         "He was quoted as saying the club \u201cwould not be bullied\u201d.",
         ("the club \u201cwould not be bullied\u201d", M, "saying", "He")),
    _c12("declined_to_say_how_many_no_quote", "negated",
         "A spokesman declined to say how many staff would be affected."),
    _c12("if_she_says_hypothetical_no_quote", "negated",
         "If the minister says the scheme is safe, she will be asked to prove it."),
    _c12("nobody_has_said_no_quote", "negated",
         "Nobody has said the plant will close."),
    _c12("scare_quote_temporary_no_quote", "false friend",
         "The council\u2019s \u201ctemporary\u201d car park has now been there for nine years."),
    _c12("show_title_then_said", "false friend",
         "Speaking on \u201cThe Sunday Round\u201d, Finance Minister Ines Corr said taxes would not "
         "rise.",
         ("taxes would not rise", I, "said", "Finance Minister Ines Corr")),
    _c12("play_title_starred_no_quote", "false friend",
         "She starred in \u201cThe Lantern Keepers\u201d at the Corn Exchange in 2019."),
    _c12("transcript_name_label_and_witness", "court",
         "MS. HARLAN: Where were you on the night of May 4?\n\nTHE WITNESS: At home.",
         ("Where were you on the night of May 4?", D, None, "MS. HARLAN"),
         ("At home.", D, None, "THE WITNESS")),
    _c12("complaint_states_that", "documents",
         "The complaint states that the landlord ignored 14 repair requests.",
         ("that the landlord ignored 14 repair requests", I, "states", "The complaint")),
    _c12("policy_document_says", "documents",
         "The council\u2019s waste policy says bins must be out by 7am on collection day.",
         ("bins must be out by 7am on collection day", I, "says",
          "The council\u2019s waste policy")),
    _c12("told_station_number_she_saw", "US local TV",
         "Witness Amy Tran told KPLN 12 she saw the car swerve into the oncoming lane.",
         ("she saw the car swerve into the oncoming lane", I, "told", "Amy Tran")),
    _c12("direct_told_station_number_after", "US local TV",
         "\u201cIt sounded like a bomb went off,\u201d a neighbor told WQRS 9.",
         ("It sounded like a bomb went off,", D, "told", "a neighbor")),
    _c12("said_adding_that_cost", "reported speech",
         "The mayor said the road would reopen on Friday, adding that repairs had cost "
         "\u00a3200,000.",
         ("the road would reopen on Friday", I, "said", "The mayor"),
         ("that repairs had cost \u00a3200,000", I, "adding", "The mayor")),
    _c12("crowd_chanted_exclamations", "? and !",
         "\u201cNo! No! No!\u201d the crowd chanted as the result was read out.",
         ("No! No! No!", D, "chanted", "the crowd")),
    # --- batch 13 (round 14): wire copy with long subjects and "adding" chains, "said X,
    # who ...", quotes in parentheses and bullet lists, transcripts, letters seen by a paper,
    # programmes, name labels, headline-only quotes, a reporter's own question, asides,
    # "so says", "those were the words of", "in X's words", "reportedly", "was heard to say",
    # "shared ..., saying", "wrote in", sources, and false friends; written before its fixes --
    _c13("wire_long_subject_of_org_said_on_tuesday", "wire",
         "The chief executive of Harlow Freight, the country\u2019s second-largest haulier, said on "
         "Tuesday that fuel costs had wiped out its profit.",
         ("that fuel costs had wiped out its profit", I, "said",
          "The chief executive of Harlow Freight")),
    _c13("wire_name_long_apposition_relative_said", "wire",
         "Dara Fenn, general secretary of the Allied Teachers\u2019 Union, which represents 90,000 "
         "staff, said on Tuesday that members would strike in March.",
         ("that members would strike in March", I, "said", "Dara Fenn")),
    _c13("wire_said_adding_that_chain", "wire",
         "Trade minister Osk Varga said exports had fallen for a third month, adding that the weak "
         "currency would help in the new year.",
         ("exports had fallen for a third month", I, "said", "Osk Varga"),
         ("that the weak currency would help in the new year", I, "adding", "Osk Varga")),
    _c13("wire_said_adding_colon_direct", "wire",
         "The port authority said the strike had cost 3 million euros a day, adding: \u201cThis "
         "cannot go on.\u201d",
         ("the strike had cost 3 million euros a day", I, "said", "The port authority"),
         ("This cannot go on.", D, "adding", "The port authority")),
    _c13("wire_told_agency_in_interview_that", "wire",
         "Tarik Olsen, chief executive of Brightwater Energy, told Newsline in an interview on "
         "Monday that the company would cut 400 jobs.",
         ("that the company would cut 400 jobs", I, "told", "Tarik Olsen")),
    _c13("ap_said_name_age_long_who", "wire",
         "\u201cIt\u2019s like living next to a runway,\u201d said Corinne Abate, 64, a retired bus "
         "driver who moved to the estate in 1988 and has fought the depot expansion for three "
         "years.",
         ("It\u2019s like living next to a runway,", D, "said", "Corinne Abate")),
    _c13("indirect_then_said_name_who_relative", "wire",
         "The plant will close in June, said Hal Moreno, who chairs the works council at the site "
         "and has worked there since 1991.",
         ("The plant will close in June", I, "said", "Hal Moreno")),
    _c13("parentheses_according_to_after_noun", "brackets",
         "The new rules (\u201ca bureaucrat\u2019s dream,\u201d according to one landlord) come into "
         "force in April.",
         ("a bureaucrat\u2019s dream,", D, "according to", "one landlord")),
    _c13("parentheses_said_at_sentence_end", "brackets",
         "Turnout was the lowest on record (\u201cPeople have simply given up,\u201d one canvasser "
         "said).",
         ("People have simply given up,", D, "said", "one canvasser")),
    _c13("bullet_list_after_told_colon", "bullets",
         "The chief constable told the committee:\n\n\u2022 \u201cWe have 300 fewer officers than in "
         "2015.\u201d\n\n\u2022 \u201cResponse times have doubled.\u201d",
         ("We have 300 fewer officers than in 2015.", D, "told", "The chief constable"),
         ("Response times have doubled.", D, "told", "The chief constable")),
    _c13("according_to_transcript_after_said", "documents",
         "\u201cWe have lost the left engine,\u201d the pilot said, according to a transcript "
         "released by investigators on Friday.",
         ("We have lost the left engine,", D, "said", "the pilot")),
    _c13("according_to_transcript_told_indirect", "documents",
         "The skipper told the coastguard he had 40 passengers on board, according to a transcript "
         "of the call.",
         ("he had 40 passengers on board", I, "told", "The skipper")),
    _c13("letter_seen_by_told_parents_that", "statement",
         "In a letter seen by the Fenwick Post, the headteacher told parents that the school would "
         "close at noon on Fridays.",
         ("that the school would close at noon on Fridays", I, "told", "the headteacher")),
    _c13("mixed_wrote_in_letter_seen_by_after", "statement",
         "The decision was \u201cunlawful and unfair\u201d, lawyers for the families wrote in a letter "
         "seen by this newspaper.",
         ("The decision was \u201cunlawful and unfair\u201d", M, "wrote", "lawyers for the families")),
    _c13("told_outlets_programme_that", "broadcaster",
         "Health Secretary Ola Brandt told Radio Kell\u2019s Daybreak programme that no hospital "
         "would close.",
         ("that no hospital would close", I, "told", "Health Secretary Ola Brandt")),
    _c13("direct_told_papers_podcast_apposition", "broadcaster",
         "\u201cNobody voted for this,\u201d the opposition leader, Tam Reyes, told the Sunday "
         "Courier\u2019s podcast.",
         ("Nobody voted for this,", D, "told", "Tam Reyes")),
    _c13("interview_full_name_labels", "transcript",
         "This interview has been edited for length.\n\nNoor Halabi: When did you first suspect "
         "something was wrong?\n\nGreta Sand: The day the pay stopped arriving.\n\nNoor Halabi: What "
         "did you do?\n\nGreta Sand: I called the union.",
         ("When did you first suspect something was wrong?", D, None, "Noor Halabi"),
         ("The day the pay stopped arriving.", D, None, "Greta Sand"),
         ("What did you do?", D, None, "Noor Halabi"),
         ("I called the union.", D, None, "Greta Sand")),
    _c13("headline_only_vows_mixed", "headline",
         "Mayor vows \u2018no more cuts\u2019 to library budget",
         ("\u2018no more cuts\u2019 to library budget", M, "vows", "Mayor")),
    _c13("headline_quote_colon_residents_describe", "headline",
         "\u2018It was like a war zone\u2019: residents describe night of riots\n\nShops were looted "
         "and two cars set alight in Marlow Heath.",
         ("It was like a war zone", D, "describe", "residents")),
    _c13("headline_only_dash_surname", "headline",
         "\u2018I\u2019m not finished yet\u2019 \u2013 Kaur",
         ("I\u2019m not finished yet", D, None, "Kaur")),
    _c13("reporter_asked_then_answers", "reporter's question",
         "\u201cIs the plan dead?\u201d I asked. \u201cNot dead,\u201d he said. \u201cResting.\u201d",
         ("Is the plan dead?", D, "asked", "I"),
         ("Not dead,", D, "said", "he"),
         ("Resting.", D, "said", "he")),
    _c13("reporter_asked_whether_then_official_colon", "reporter's question",
         "When this reporter asked whether the pool would reopen, a council officer said: "
         "\u201cThat is above my pay grade.\u201d",
         ("whether the pool would reopen", I, "asked", "this reporter"),
         ("That is above my pay grade.", D, "said", "a council officer")),
    _c13("reported_two_sentences_she_added_aside", "reported speech",
         "She said the plan was flawed. It would, she added, cost jobs.",
         ("the plan was flawed", I, "said", "She"),
         ("It would", I, "added", "she"),
         ("cost jobs", I, "added", "she")),
    _c13("feature_says_name_mid_sentence", "feature",
         "The secret, says head gardener Pia Lund, is to water at dusk.",
         ("The secret", I, "says", "Pia Lund"),
         ("is to water at dusk", I, "says", "Pia Lund")),
    _c13("so_says_name_who", "feature",
         "\u201cThe high street is dying.\u201d So says Ada Wren, who has run a bakery in Tilby for "
         "40 years.",
         ("The high street is dying.", D, "says", "Ada Wren")),
    _c13("those_were_the_words_of", "dash attribution",
         "\u201cWe are going nowhere.\u201d Those were the words of club captain Lio Banks after "
         "Saturday\u2019s vote.",
         ("We are going nowhere.", D, None, "Lio Banks")),
    _c13("in_the_owners_words_mixed", "noun cue",
         "The rollout was, in the auditor\u2019s words, \u201ca textbook failure\u201d.",
         ("\u201ca textbook failure\u201d", M, "words", "the auditor")),
    _c13("reportedly_said", "tabloid",
         "The striker reportedly said he wanted to leave in January.",
         ("he wanted to leave in January", I, "said", "The striker")),
    _c13("was_heard_to_say_mixed", "passive",
         "One officer was heard to say he had \u201cnever seen anything like it\u201d.",
         ("he had \u201cnever seen anything like it\u201d", M, "say", "One officer")),
    _c13("is_quoted_as_saying_that_mixed", "passive",
         "In the book, the former coach is quoted as saying that he \u201cnever trusted the "
         "board\u201d.",
         ("that he \u201cnever trusted the board\u201d", M, "saying", "the former coach")),
    _c13("shared_video_saying", "posts",
         "The mayor shared a video of the flooded square on Facebook, saying the clean-up would "
         "take weeks.",
         ("the clean-up would take weeks", I, "saying", "The mayor")),
    _c13("wrote_in_paper_that_mixed", "opinion",
         "Economist Tove Brandt wrote in the Sentinel that the rate rise had come \u201cfar too "
         "late\u201d.",
         ("that the rate rise had come \u201cfar too late\u201d", M, "wrote", "Tove Brandt")),
    _c13("writing_in_paper_argued_that", "opinion",
         "Writing in the Courier, the former chancellor argued that the tax cut would pay for "
         "itself.",
         ("that the tax cut would pay for itself", I, "argued", "the former chancellor")),
    _c13("sources_close_to_say", "tabloid",
         "Sources close to the minister say she has no plans to resign.",
         ("she has no plans to resign", I, "say", "Sources close to the minister")),
    _c13("a_source_familiar_said_direct", "tabloid",
         "\u201cHe has lost the dressing room,\u201d a source familiar with the talks said.",
         ("He has lost the dressing room,", D, "said", "a source familiar with the talks")),
    _c13("stated_goal_no_quote", "false friend",
         "The stated goal of the scheme is to halve waiting lists by 2030."),
    _c13("self_styled_no_quote", "false friend",
         "The self-styled \u201cking of the car boot\u201d was fined \u00a3500 on Monday."),
    _c13("petition_titled_no_quote", "false friend",
         "A petition titled \u201cSave Orley Lido\u201d has gathered 6,000 signatures."),
    _c13("choir_sang_title_no_quote", "false friend",
         "The choir sang \u201cLight Across the Water\u201d at the memorial."),
    _c13("boat_named_no_quote", "false friend",
         "The lifeboat, named \u201cSpirit of Penmor\u201d, was launched in 1996."),
    _c13("told_the_story_in_title_no_quote", "false friend",
         "She told the story of her grandmother in \u201cA House on Cable Row\u201d, published in "
         "2019."),
    _c13("code_named_no_quote", "false friend",
         "The operation, code-named \u201cKestrel\u201d, began at dawn."),
    # --- batch 14 (round 15): everyday local and national news ---------------------------
    _c14("council_said_mixed_car_park", "council",
         "At Tuesday\u2019s meeting, Councillor Bryn Ashdown said the car park charges were "
         "\u201cdriving shoppers away\u201d.",
         ("the car park charges were \u201cdriving shoppers away\u201d", M, "said", "Councillor Bryn Ashdown")),
    _c14("council_leader_told_chamber_two_sentences", "council",
         "Council leader Mira Holt told the chamber: \u201cWe have balanced the books for the third "
         "year running. Nobody pretends it has been easy.\u201d",
         ("We have balanced the books for the third year running. Nobody pretends it has been easy.",
          D, "told", "Mira Holt")),
    _c14("forecasters_at_warned_that", "weather",
         "Forecasters at the national weather service warned that gusts of up to 80mph could bring "
         "down trees on Thursday.",
         ("that gusts of up to 80mph could bring down trees on Thursday", I, "warned",
          "Forecasters at the national weather service")),
    _c14("weather_said_name_a_spokesman_for", "weather",
         "\u201cDo not drive unless your journey is essential,\u201d said Kell Rourke, a spokesman for "
         "the roads agency.",
         ("Do not drive unless your journey is essential,", D, "said", "Kell Rourke")),
    _c14("gp_said_parents_should", "health",
         "Dr Anneke Sole, a GP in Marlby, said parents should keep children with a fever at home for "
         "at least 48 hours.",
         ("parents should keep children with a fever at home for at least 48 hours", I, "said",
          "Dr Anneke Sole")),
    _c14("health_direct_said_dr_role_after", "health",
         "\u201cIf you have symptoms, stay at home and ring 111 rather than going to A&E,\u201d said "
         "Dr Femi Ade, the board\u2019s medical director.",
         ("If you have symptoms, stay at home and ring 111 rather than going to A&E,", D, "said",
          "Dr Femi Ade")),
    _c14("match_report_three_players", "sports",
         "\u201cWe never stopped believing,\u201d said captain Joss Fenner. Goalkeeper Ravi Lusk added: "
         "\u201cThe lads ran themselves into the ground.\u201d Manager Dee Carver said the result was "
         "\u201cno more than we deserved\u201d.",
         ("We never stopped believing,", D, "said", "Joss Fenner"),
         ("The lads ran themselves into the ground.", D, "added", "Ravi Lusk"),
         ("the result was \u201cno more than we deserved\u201d", M, "said", "Dee Carver")),
    _c14("match_numbers_in_quote_surname", "sports",
         "\u201cTo score three goals in 11 minutes is something I\u2019ll remember until I\u2019m 90,\u201d "
         "Lusk said.",
         ("To score three goals in 11 minutes is something I\u2019ll remember until I\u2019m 90,", D,
          "said", "Lusk")),
    _c14("striker_who_scored_said_mixed", "sports",
         "Striker Kofi Anand, who scored twice, said he had \u201cnever felt sharper\u201d.",
         ("he had \u201cnever felt sharper\u201d", M, "said", "Kofi Anand")),
    _c14("surname_age_said_colon", "sports",
         "Fenner, 31, said: \u201cIt\u2019s a great day for the town.\u201d",
         ("It\u2019s a great day for the town.", D, "said", "Fenner")),
    _c14("earnings_company_said_analyst_called", "business",
         "Orvale Foods said pre-tax profit rose 12% to \u00a348.2m in the six months to June. Analyst "
         "Priya Hendry of Castlegate Securities called the figures \u201csolid, if unspectacular\u201d.",
         ("pre-tax profit rose 12% to \u00a348.2m in the six months to June", I, "said", "Orvale Foods"),
         ("the figures \u201csolid, if unspectacular\u201d", M, "called", "Priya Hendry")),
    _c14("analyst_wrote_in_note_inverted", "business",
         "\u201cMargins are the real story here,\u201d wrote Tomas Greer, an analyst at Bellmont, in a "
         "note to clients.",
         ("Margins are the real story here,", D, "wrote", "Tomas Greer")),
    _c14("ceo_on_call_said_mixed_but", "business",
         "On a call with reporters, chief executive Maren Solberg said the company expected \u201ca "
         "tough second half\u201d but would not cut jobs.",
         ("the company expected \u201ca tough second half\u201d but would not cut jobs", M, "said",
          "Maren Solberg")),
    _c14("police_appeal_after_direct", "police",
         "Sergeant Ola Brandt said: \u201cWe are keen to speak to anyone who was in the area between "
         "10pm and midnight.\u201d Anyone with information is asked to call police on 101, quoting "
         "incident 412 of 3 March.",
         ("We are keen to speak to anyone who was in the area between 10pm and midnight.", D, "said",
          "Sergeant Ola Brandt")),
    _c14("police_said_anyone_should", "police",
         "Police said anyone with dashcam footage should contact them.",
         ("anyone with dashcam footage should contact them", I, "said", "Police")),
    _c14("police_spokeswoman_arrested_and_remained", "police",
         "A police spokeswoman said a 43-year-old man had been arrested on suspicion of dangerous "
         "driving and remained in custody.",
         ("a 43-year-old man had been arrested on suspicion of dangerous driving and remained in "
          "custody", I, "said", "A police spokeswoman")),
    _c14("judge_told_jury_indirect", "court",
         "The judge told the jury they must put aside anything they had read about the case.",
         ("they must put aside anything they had read about the case", I, "told", "The judge")),
    _c14("family_statement_said_colon_two_sentences", "tribute",
         "In a statement, his family said: \u201cDanny was the light of our lives. He loved his "
         "football, his dog and his mum\u2019s Sunday roast.\u201d",
         ("Danny was the light of our lives. He loved his football, his dog and his mum\u2019s Sunday "
          "roast.", D, "said", "his family")),
    _c14("paying_tribute_sister_said_mixed", "tribute",
         "Paying tribute, his sister Mae said he \u201clit up every room\u201d.",
         ("he \u201clit up every room\u201d", M, "said", "Mae")),
    _c14("letter_to_paper_reader_wrote_that", "letters",
         "In a letter to the Gazette, reader Ron Tibbs wrote that the new bus timetable was "
         "\u201cunfit for purpose\u201d.",
         ("that the new bus timetable was \u201cunfit for purpose\u201d", M, "wrote", "Ron Tibbs")),
    _c14("correction_misquoted_as_saying", "correction",
         "An earlier version of this article misquoted Councillor Ana Petrov as saying the budget "
         "would be cut. She said it would be frozen.",
         ("it would be frozen", I, "said", "She")),
    _c14("nested_single_inside_double", "nested",
         "\u201cWhen he shouted \u2018Fire!\u2019 we all ran for the doors,\u201d said witness Lena Morrow.",
         ("When he shouted \u2018Fire!\u2019 we all ran for the doors,", D, "said", "Lena Morrow")),
    _c14("nested_single_inside_mixed", "nested",
         "The coach said players had been told to \u201cforget the word \u2018relegation\u2019\u201d.",
         ("players had been told to \u201cforget the word \u2018relegation\u2019\u201d", M, "said",
          "The coach")),
    _c14("dates_in_quote_project_manager", "numbers",
         "\u201cThe bridge will reopen on 14 April, not 1 April as we first hoped,\u201d project manager "
         "Sid Kaye said.",
         ("The bridge will reopen on 14 April, not 1 April as we first hoped,", D, "said", "Sid Kaye")),
    _c14("percent_in_quote_said_name_of", "numbers",
         "\u201cWe are seeing 40% more calls than last winter, and one in five is about a fall,\u201d "
         "said Jon Pike of the ambulance service.",
         ("We are seeing 40% more calls than last winter, and one in five is about a fall,", D,
          "said", "Jon Pike")),
    _c14("long_quote_cue_after_first_then_paragraphs", "multi-paragraph",
         "\u201cThis has been the hardest year in the club\u2019s history,\u201d chairman Neil Orme said. "
         "\u201cWe lost our ground, our sponsor and very nearly our name.\n\n\u201cBut the supporters "
         "never left us. They raised \u00a390,000 in six weeks.\n\n\u201cI cannot thank them enough.\u201d",
         ("This has been the hardest year in the club\u2019s history,", D, "said", "Neil Orme"),
         ("We lost our ground, our sponsor and very nearly our name.\n\n\u201cBut the supporters never "
          "left us. They raised \u00a390,000 in six weeks.\n\n\u201cI cannot thank them enough.", D,
          "said", "Neil Orme")),
    _c14("asked_how_one_word_answer", "one word",
         "Asked how she felt after the win, Tia Mendez said: \u201cRelieved.\u201d",
         ("how she felt after the win", I, "Asked", None),
         ("Relieved.", D, "said", "Tia Mendez")),
    _c14("one_word_said_union_rep", "one word",
         "\u201cUnacceptable,\u201d said union rep Gwen Tally.",
         ("Unacceptable,", D, "said", "Gwen Tally")),
    _c14("asked_whether_spokesman_said_mixed", "council",
         "Asked whether the pool would reopen this summer, a council spokesman said it was \u201ctoo "
         "early to say\u201d.",
         ("whether the pool would reopen this summer", I, "Asked", None),
         ("it was \u201ctoo early to say\u201d", M, "said", "a council spokesman")),
    _c14("irony_improvements_no_quote", "false friend",
         "The council\u2019s \u201cimprovements\u201d to the junction have added ten minutes to the "
         "school run."),
    _c14("tv_show_title_no_quote", "false friend",
         "Viewers of \u201cMarket Day\u201d will see the stall in Sunday\u2019s episode."),
    _c14("so_called_tax_no_quote", "false friend",
         "Households will pay the so-called \u201cgarden tax\u201d from April."),
    # --- batch 15 (round 16): US political wire, sports press conferences, science releases,
    # foreign ministries, TV interviews ---------------------------------------------------
    _c15("campaign_told_supporters_direct_inverted", "campaign",
         "\u201cWe are going to win this state, and we are going to win it by a mile,\u201d Gov. Ray Tolliver "
         "told supporters at a rally in Dunmore on Saturday.",
         ("We are going to win this state, and we are going to win it by a mile,", D, "told",
          "Gov. Ray Tolliver")),
    _c15("campaign_told_supporters_that", "campaign",
         "Speaking in a high school gym in Pell City, Senator Maya Okafor told supporters that the "
         "election would be decided by turnout in the suburbs.",
         ("that the election would be decided by turnout in the suburbs", I, "told",
          "Senator Maya Okafor")),
    _c15("said_in_interview_with_that", "campaign",
         "Harlan Pruitt said in an interview with the Tri-County Ledger on Sunday that he had not "
         "decided whether to endorse his former rival.",
         ("that he had not decided whether to endorse his former rival", I, "said", "Harlan Pruitt")),
    _c15("according_to_person_familiar_with_plans", "sources",
         "The campaign plans to spend $20 million on television ads in the final month, according "
         "to a person familiar with the plans.",
         ("The campaign plans to spend $20 million on television ads in the final month", I,
          "according to", "a person familiar with the plans")),
    _c15("official_who_spoke_on_condition_said", "sources",
         "A senior campaign official, who spoke on condition of anonymity to describe private "
         "polling, said the race had tightened in recent days.",
         ("the race had tightened in recent days", I, "said", "A senior campaign official")),
    _c15("inverted_said_aide_who_spoke_on_condition", "sources",
         "The governor was furious about the leak, said one aide, who spoke on the condition of "
         "anonymity because he was not authorized to speak publicly.",
         ("The governor was furious about the leak", I, "said", "one aide")),
    _c15("according_to_two_people_briefed_who_were_not", "sources",
         "Tolliver is expected to name Mara Quist as his running mate as early as Friday, according "
         "to two people briefed on the decision who were not authorized to discuss it publicly.",
         ("Tolliver is expected to name Mara Quist as his running mate as early as Friday", I,
          "according to", "two people briefed on the decision")),
    _c15("speaking_on_condition_told_paper_that", "sources",
         "One Republican senator, speaking on condition of anonymity, told the Ledger that the votes "
         "were not there.",
         ("that the votes were not there", I, "told", "One Republican senator")),
    _c15("campaign_said_in_statement_that", "statement",
         "The Whitcomb campaign said in a statement that it had raised $4.2 million in September.",
         ("that it had raised $4.2 million in September", I, "said", "The Whitcomb campaign")),
    _c15("name_a_spokesman_for_rep_said", "spokespeople",
         "Ty Weller, a spokesman for Rep. Dale Amberly, said the congressman would vote against the "
         "measure.",
         ("the congressman would vote against the measure", I, "said", "Ty Weller")),
    _c15("direct_said_name_spokeswoman_for_sen", "spokespeople",
         "\u201cThe senator has been clear about this from day one,\u201d said Leah Ostrow, a "
         "spokeswoman for Sen. Brandt.",
         ("The senator has been clear about this from day one,", D, "said", "Leah Ostrow")),
    _c15("said_that_if_clause_because", "long report",
         "Okafor said that if she were elected she would push for a vote on the bill in her first "
         "100 days because voters had waited long enough.",
         ("that if she were elected she would push for a vote on the bill in her first 100 days "
          "because voters had waited long enough", I, "said", "Okafor")),
    _c15("said_then_and_writers_main_clause", "coordination",
         "Pruitt said the debate had been rigged against him, and his campaign filed a complaint "
         "with the commission on Monday.",
         ("the debate had been rigged against him", I, "said", "Pruitt")),
    _c15("said_then_but_writers_main_clause", "coordination",
         "Tolliver said he would publish his tax returns before the primary, but he has not done so.",
         ("he would publish his tax returns before the primary", I, "said", "Tolliver")),
    _c15("said_and_that_one_report", "coordination",
         "The mayor said the city would hire 200 officers and that the state would pay for them.",
         ("the city would hire 200 officers and that the state would pay for them", I, "said",
          "The mayor")),
    _c15("said_then_which_writers_gloss", "trailing clause",
         "The campaign said it would stop running the ad, which the Ledger first reported on Monday.",
         ("it would stop running the ad", I, "said", "The campaign")),
    _c15("said_restrictive_which_in_report", "trailing clause",
         "Okafor said the plan would expand a tax credit which families in rural counties rely on.",
         ("the plan would expand a tax credit which families in rural counties rely on", I, "said",
          "Okafor")),
    _c15("said_then_even_as_writers_clause", "trailing clause",
         "Pruitt said he was confident of victory, even as a new poll showed him trailing by six "
         "points.",
         ("he was confident of victory", I, "said", "Pruitt")),
    _c15("said_as_clause_inside_report", "trailing clause",
         "Okafor said voters were angry as prices kept rising.",
         ("voters were angry as prices kept rising", I, "said", "Okafor")),
    _c15("direct_said_as_she_left_stage", "trailing clause",
         "\u201cWe will keep fighting,\u201d Okafor said as she left the stage.",
         ("We will keep fighting,", D, "said", "Okafor")),
    _c15("argued_that_tariffs", "paraphrase",
         "Pruitt argued that the tariffs had protected jobs in the state\u2019s steel towns.",
         ("that the tariffs had protected jobs in the state\u2019s steel towns", I, "argued", "Pruitt")),
    _c15("insisted_direct_on_tuesday", "paraphrase",
         "\u201cI have nothing to hide,\u201d Tolliver insisted on Tuesday.",
         ("I have nothing to hide,", D, "insisted", "Tolliver")),
    _c15("leaders_warned_that_mixed", "paraphrase",
         "Democratic leaders warned that the proposal would \u201cgut\u201d health coverage for "
         "seniors.",
         ("that the proposal would \u201cgut\u201d health coverage for seniors", M, "warned",
          "Democratic leaders")),
    _c15("suggested_in_radio_interview_that", "paraphrase",
         "In a radio interview, the senator suggested that the vote could be delayed until after the "
         "holidays.",
         ("that the vote could be delayed until after the holidays", I, "suggested", "the senator")),
    _c15("acknowledged_that_mistakes", "paraphrase",
         "Okafor acknowledged that her campaign had made mistakes in the early weeks of the race.",
         ("that her campaign had made mistakes in the early weeks of the race", I, "acknowledged",
          "Okafor")),
    _c15("campaign_denied_that", "paraphrase",
         "The campaign denied that it had coordinated with the outside group.",
         ("that it had coordinated with the outside group", I, "denied", "The campaign")),
    _c15("vowed_to_veto", "paraphrase",
         "Tolliver vowed to veto any bill that raised the gas tax.",
         ("to veto any bill that raised the gas tax", I, "vowed", "Tolliver")),
    _c15("believes_no_quote", "belief",
         "Pruitt believes the state\u2019s voters are tired of career politicians."),
    _c15("thinks_then_said_direct", "belief",
         "Tolliver thinks the race is close. \u201cIt\u2019s going to come down to a few thousand "
         "votes,\u201d he said.",
         ("It\u2019s going to come down to a few thousand votes,", D, "said", "he")),
    _c15("coach_said_of_player_after_practice", "sports press conference",
         "\u201cHe\u2019s day-to-day,\u201d coach Del Marsh said of his quarterback after practice on "
         "Wednesday.",
         ("He\u2019s day-to-day,", D, "said", "Del Marsh")),
    _c15("player_told_reporters_after_game_colon", "sports press conference",
         "Forward Nia Brooks told reporters after the game: \u201cWe didn\u2019t match their energy. "
         "That\u2019s on us.\u201d",
         ("We didn\u2019t match their energy. That\u2019s on us.", D, "told", "Nia Brooks")),
    _c15("says_surname_who_leads_league", "sports press conference",
         "\u201cI just try to play my game,\u201d says Brooks, who leads the league in assists.",
         ("I just try to play my game,", D, "says", "Brooks")),
    _c15("science_said_dr_lead_author", "science release",
         "\u201cThese results suggest the drug could slow the disease in its early stages,\u201d said "
         "Dr. Amara Velez, a neurologist at Calloway University and the study\u2019s lead author.",
         ("These results suggest the drug could slow the disease in its early stages,", D, "said",
          "Dr. Amara Velez")),
    _c15("science_researchers_said_findings_published", "science release",
         "The researchers said their findings, published Wednesday in the Journal of Coastal "
         "Ecology, showed that warming waters were driving the fish north.",
         ("their findings, published Wednesday in the Journal of Coastal Ecology, showed that "
          "warming waters were driving the fish north", I, "said", "The researchers")),
    _c15("science_cautioned_that_and_that", "science release",
         "Velez cautioned that the trial was small and that larger studies were needed.",
         ("that the trial was small and that larger studies were needed", I, "cautioned", "Velez")),
    _c15("ministry_said_mixed_and_summoned", "foreign ministry",
         "The Varenian Foreign Ministry said in a statement on Thursday that the border incident was "
         "\u201ca grave provocation\u201d and summoned the Ostrian ambassador.",
         ("that the border incident was \u201ca grave provocation\u201d", M, "said",
          "The Varenian Foreign Ministry")),
    _c15("ministry_spokesman_told_briefing_mixed", "foreign ministry",
         "Foreign ministry spokesman Luo Wenbin told a regular news briefing in Taniga that the two "
         "sides had \u201cagreed to keep talking\u201d.",
         ("that the two sides had \u201cagreed to keep talking\u201d", M, "told", "Luo Wenbin")),
    _c15("ministry_called_on_both_sides", "foreign ministry",
         "The ministry called on both sides to exercise restraint.",
         ("both sides to exercise restraint", I, "called", "The ministry")),
    _c15("minister_said_mixed_what_she_called", "foreign ministry",
         "Varenia\u2019s foreign minister, Ilse Marran, said her country \u201creserves the right to "
         "respond\u201d to what she called an act of aggression.",
         ("her country \u201creserves the right to respond\u201d to what she called an act of "
          "aggression", M, "said", "Ilse Marran")),
    _c15("said_on_show_title_that", "TV interview",
         "Halvorsen said on \u201cMeet the Region\u201d on Sunday that he would sign the bill if it "
         "reached his desk.",
         ("that he would sign the bill if it reached his desk", I, "said", "Halvorsen")),
    _c15("told_host_on_show_mixed_punct_inside", "TV interview",
         "Appearing on Channel 9\u2019s \u201cSunday Desk,\u201d Okafor told host Bill Tran that she "
         "was \u201cnot going anywhere.\u201d",
         ("that she was \u201cnot going anywhere.\u201d", M, "told", "Okafor")),
    _c15("tv_transcript_crosstalk_labels", "TV interview",
         "TRAN: Governor, will you sign it?\n\nHALVORSEN: If it reaches my desk in this form, yes.\n\n"
         "(CROSSTALK)\n\nTRAN: And if it doesn\u2019t?\n\nHALVORSEN: Then we start again.",
         ("Governor, will you sign it?", D, None, "TRAN"),
         ("If it reaches my desk in this form, yes.", D, None, "HALVORSEN"),
         ("And if it doesn\u2019t?", D, None, "TRAN"),
         ("Then we start again.", D, None, "HALVORSEN")),
    _c15("inverted_said_name_republican_who_is_running", "campaign",
         "\u201cNobody in this state trusts the capital,\u201d said Cal Dorsey, a Republican who is "
         "running for the open House seat.",
         ("Nobody in this state trusts the capital,", D, "said", "Cal Dorsey")),
    # --- batch 16 (round 17): long features with several voices and pronoun chains over
    # paragraphs, group speakers, denials and refusals, hedged and modal reports, reports of
    # reports, podcast and radio transcripts, press-conference Q&A, embedded posts with handles,
    # translated words, Indian, Nigerian, Kenyan and Filipino papers, passive reports, headline
    # quotes with a subhead naming the speaker; written before its fixes ---
    _c16("feature_two_voices_pronoun_chain", "feature",
         "Marisol Quint has farmed the valley for 40 years. \u201cThe river used to flood every "
         "spring,\u201d she said.\n\nHer neighbour, Tobias Fenn, remembers it differently. He said the "
         "floods had stopped long before the dam was built.\n\n\u201cShe has a better memory than "
         "me,\u201d he added, laughing. \u201cBut I have the photographs.\u201d",
         ("The river used to flood every spring,", D, "said", "she"),
         ("the floods had stopped long before the dam was built", I, "said", "He"),
         ("She has a better memory than me,", D, "added", "he"),
         ("But I have the photographs.", D, "added", "he")),
    _c16("feature_paraphrase_then_direct_then_body", "feature",
         "Dr Halima Osei runs the only clinic in Parrow. She said demand had doubled since the "
         "winter.\n\n\u201cWe see people who have driven three hours,\u201d she said. \u201cSome sleep "
         "in their cars.\u201d\n\nThe health board said a second clinic would open in 2028.",
         ("demand had doubled since the winter", I, "said", "She"),
         ("We see people who have driven three hours,", D, "said", "she"),
         ("Some sleep in their cars.", D, "said", "she"),
         ("a second clinic would open in 2028", I, "said", "The health board")),
    _c16("group_residents_said_inverted", "group speakers",
         "The water had been brown for a week, residents said.",
         ("The water had been brown for a week", I, "said", "residents")),
    _c16("group_critics_say_parenthetical", "group speakers",
         "The scheme, critics say, will push rents even higher.",
         ("The scheme", I, "say", "critics"),
         ("will push rents even higher", I, "say", "critics")),
    _c16("group_two_people_briefed_said", "group speakers",
         "Two people briefed on the talks said the deal could be signed as soon as Friday.",
         ("the deal could be signed as soon as Friday", I, "said", "Two people briefed on the talks")),
    _c16("group_several_parents_told_paper_that", "group speakers",
         "Several parents told the Carrow Echo that they had not been warned about the closure.",
         ("that they had not been warned about the closure", I, "told", "Several parents")),
    _c16("group_opposition_mps_said_mixed", "group speakers",
         "Opposition MPs said the budget was \u201ca work of fiction\u201d.",
         ("the budget was \u201ca work of fiction\u201d", M, "said", "Opposition MPs")),
    _c16("group_officials_said_direct_on_monday", "group speakers",
         "\u201cThe situation is under control,\u201d officials said on Monday.",
         ("The situation is under control,", D, "said", "officials")),
    _c16("declined_to_comment_on_allegations_no_quote", "denials and refusals",
         "Lord Ashby declined to comment on the allegations when approached by the Herald."),
    _c16("declined_to_comment_saying", "denials and refusals",
         "The club declined to comment, saying the matter was in the hands of its lawyers.",
         ("the matter was in the hands of its lawyers", I, "saying", "The club")),
    _c16("denied_gerund", "denials and refusals",
         "Ms Vane denied arranging the meeting.",
         ("arranging the meeting", I, "denied", "Ms Vane")),
    _c16("no_response_then_it_said_last_month", "denials and refusals",
         "The club did not respond to requests for comment on Tuesday. In a statement last month, "
         "it said the stadium was safe.",
         ("the stadium was safe", I, "said", "it")),
    _c16("hedged_suggested_might", "hedged",
         "The finance minister suggested the plan might be delayed until the spring.",
         ("the plan might be delayed until the spring", I, "suggested", "The finance minister")),
    _c16("hedged_appeared_to_concede_that", "hedged",
         "At one point Mr Draycott appeared to concede that the deadline would slip.",
         ("that the deadline would slip", I, "concede", "Mr Draycott")),
    _c16("hedged_hinted_that", "hedged",
         "The chief executive hinted that more store closures were on the way.",
         ("that more store closures were on the way", I, "hinted", "The chief executive")),
    _c16("direct_said_in_what_appeared_to_be", "hedged",
         "\u201cWe may have to look again at the timetable,\u201d the minister said, in what appeared "
         "to be a climbdown.",
         ("We may have to look again at the timetable,", D, "said", "the minister")),
    _c16("report_of_report_told_that_had_said", "reports of reports",
         "Ms Kerr told the inquiry that her manager had said the bridge was safe.",
         ("that her manager had said the bridge was safe", I, "told", "Ms Kerr"),
         ("the bridge was safe", I, "said", "her manager")),
    _c16("report_of_report_according_to_told_her", "reports of reports",
         "According to Ms Kerr, the engineer told her the cracks were cosmetic.",
         ("the engineer told her the cracks were cosmetic", I, "According to", "Ms Kerr"),
         ("the cracks were cosmetic", I, "told", "the engineer")),
    _c16("report_of_report_said_lawyer_had_told_him_that", "reports of reports",
         "Mr Ogun said his lawyer had told him that the case would collapse.",
         ("his lawyer had told him that the case would collapse", I, "said", "Mr Ogun"),
         ("that the case would collapse", I, "told", "his lawyer")),
    _c16("podcast_said_on_podcast_released", "podcast and radio",
         "\u201cNobody tells you how lonely it gets,\u201d Rosa Delacorte said on the Long Haul "
         "podcast, released on Thursday.",
         ("Nobody tells you how lonely it gets,", D, "said", "Rosa Delacorte")),
    _c16("podcast_transcript_timestamped_labels", "podcast and radio",
         "[00:04:12] MILO GRANT: So where were you when the call came?\n\n[00:04:15] ADA RENNICK: In "
         "the car park. I just sat there.",
         ("So where were you when the call came?", D, None, "MILO GRANT"),
         ("In the car park. I just sat there.", D, None, "ADA RENNICK")),
    _c16("radio_phone_in_caller_who_gave_name", "podcast and radio",
         "Speaking on Wessmoor FM\u2019s phone-in, a caller who gave her name as Joan said the buses "
         "had been cut to one an hour.",
         ("the buses had been cut to one an hour", I, "said", "a caller")),
    _c16("press_conference_asked_by_reporter_whether", "press conference",
         "Asked by a reporter whether she would resign, the minister said: \u201cAbsolutely not.\u201d",
         ("whether she would resign", I, "Asked", "a reporter"),
         ("Absolutely not.", D, "said", "the minister")),
    _c16("press_conference_q_lines_and_name_labels", "press conference",
         "Q: Mayor, when will the pool reopen?\n\nMAYOR DENE WALLACE: When it is safe, and not a day "
         "before.\n\nQ: Is that this year?\n\nWALLACE: I hope so.",
         ("When it is safe, and not a day before.", D, None, "MAYOR DENE WALLACE"),
         ("I hope so.", D, None, "WALLACE")),
    _c16("social_embedded_post_dash_signature_handle", "posts",
         "Kaia Brandt replied within minutes.\n\nProud of every one of you. We go again in May.\n\n"
         "\u2014 Kaia Brandt (@kaiabrandt) March 3, 2026",
         ("Proud of every one of you. We go again in May.", D, None, "Kaia Brandt")),
    _c16("social_name_handle_posted_on_x_colon", "posts",
         "Wessmoor Police (@WessmoorPolice) posted on X: \u201cThe road is now open. Thank you for "
         "your patience.\u201d",
         ("The road is now open. Thank you for your patience.", D, "posted", "Wessmoor Police")),
    _c16("social_one_user_wrote_direct", "posts",
         "\u201cWorst service I have ever had,\u201d one user wrote on X.",
         ("Worst service I have ever had,", D, "wrote", "one user")),
    _c16("translated_said_in_swahili", "translated",
         "\u201cWe will not leave our land,\u201d Chief Obuya said in Swahili.",
         ("We will not leave our land,", D, "said", "Chief Obuya")),
    _c16("translated_speaking_in_tagalog_mixed", "translated",
         "Speaking in Tagalog, Mayor Ligaya Santos said the town had \u201cno more room\u201d for "
         "evacuees.",
         ("the town had \u201cno more room\u201d for evacuees", M, "said", "Mayor Ligaya Santos")),
    _c16("translated_told_court_through_interpreter_that", "translated",
         "Giwa told the court through a Hausa interpreter that he had never seen the money.",
         ("that he had never seen the money", I, "told", "Giwa")),
    _c16("translated_said_name_age_in_bengali", "translated",
         "\u201cThe sea took everything,\u201d said Rahim Uddin, 62, in Bengali. His words were "
         "translated by his daughter.",
         ("The sea took everything,", D, "said", "Rahim Uddin")),
    _c16("india_informed_the_house_that", "Indian papers",
         "The minister informed the House that 1,200 posts of teachers were lying vacant in the "
         "state.",
         ("that 1,200 posts of teachers were lying vacant in the state", I, "informed", "The minister")),
    _c16("india_speaking_to_mediapersons_opined", "Indian papers",
         "Speaking to mediapersons in Varanpur, the MLA opined that the bypass should be shifted away "
         "from the temple.",
         ("that the bypass should be shifted away from the temple", I, "opined", "the MLA")),
    _c16("nigeria_party_statement_signed_by", "Nigerian papers",
         "The party, in a statement signed by its National Publicity Secretary, Mr Obinna Ezeh, said "
         "the result would be challenged in court.",
         ("the result would be challenged in court", I, "said", "The party")),
    _c16("nigeria_ppro_apposition_said", "Nigerian papers",
         "The Police Public Relations Officer in the state, SP Kemi Adebayo, said three suspects had "
         "been arrested and were assisting the police.",
         ("three suspects had been arrested and were assisting the police", I, "said",
          "SP Kemi Adebayo")),
    _c16("kenya_speaking_during_burial_said", "Kenyan papers",
         "Speaking during the burial of the former chief in Kisora village on Saturday, Governor "
         "Wanjiku Mwangi said the county would name a road after him.",
         ("the county would name a road after him", I, "said", "Governor Wanjiku Mwangi")),
    _c16("philippines_text_message_to_reporters", "Filipino papers",
         "In a text message to reporters, Councilor Ramon Dizon said the barangay hall would be used "
         "as an evacuation centre.",
         ("the barangay hall would be used as an evacuation centre", I, "said",
          "Councilor Ramon Dizon")),
    _c16("passive_it_was_claimed_that", "passive",
         "It was claimed that the fire had been started by a discarded cigarette.",
         ("that the fire had been started by a discarded cigarette", I, "claimed", None)),
    _c16("passive_is_said_to_have_told_friends_that", "passive",
         "The former captain is said to have told friends that he would never play again.",
         ("that he would never play again", I, "told", "The former captain")),
    _c16("passive_it_has_been_reported_that", "passive",
         "It has been reported that the club is close to signing a new striker.",
         ("that the club is close to signing a new striker", I, "reported", None)),
    _c16("headline_quote_then_subhead_vows", "headline",
         "\u2018We will not back down\u2019\n\nUnion leader Dara Okon vows to fight job cuts at Harlow "
         "port\n\nDock workers will strike next week.",
         ("We will not back down", D, None, "Dara Okon"),
         ("to fight job cuts at Harlow port", I, "vows", "Dara Okon")),
    _c16("headline_quote_then_subhead_say", "headline",
         "\u2018A betrayal of every family\u2019\n\nCampaigners say the closure of Ashby maternity unit "
         "puts lives at risk",
         ("A betrayal of every family", D, None, "Campaigners"),
         ("the closure of Ashby maternity unit puts lives at risk", I, "say", "Campaigners")),
    _c16("said_goodbye_no_quote", "false friend",
         "Residents said goodbye to the pier on Sunday as the last section was removed."),
    # --- batch 17 (round 18): fact-checks (a claim quoted, then checked; "claimed in a video",
    # "the post said", no response to a request for comment, ratings), emergency and disaster
    # coverage ("said by phone", "told the station", officials at briefings, residents), health and
    # medical news (a study's lead author, "the paper said", "wrote in the journal", a hospital
    # spokeswoman), US local metro news (school board meetings, zoning hearings, the police blotter:
    # "police said", "according to a police report"), celebrity and entertainment interviews
    # ("told the magazine", "he joked"), Q&A interviews; written before its fixes ---
    _c17("fc_claimed_in_video_mixed_then_verdict", "fact-check",
         "Gov. Ray Tollan claimed in a video posted to his campaign\u2019s Facebook page on Monday that "
         "the state had cut property taxes \u201cevery single year\u201d since he took office. It has "
         "not.",
         ("that the state had cut property taxes \u201cevery single year\u201d since he took office", M,
          "claimed", "Gov. Ray Tollan")),
    _c17("fc_the_post_long_subject_said_colon", "fact-check",
         "The post, which had been shared more than 40,000 times by Friday, said: \u201cThe new voting "
         "machines are made overseas.\u201d They are assembled in Harlow County.",
         ("The new voting machines are made overseas.", D, "said", "The post")),
    _c17("fc_spokesperson_did_not_respond_rating_no_quote", "fact-check",
         "A spokesperson for Tollan did not respond to a request for comment. We rate this claim "
         "False."),
    _c17("fc_rating_in_marks_no_quote", "fact-check",
         "We rated the senator\u2019s statement \u201cMostly False.\u201d"),
    _c17("fc_ruling_said_then_records", "fact-check",
         "Our ruling\n\nTollan said the state had cut property taxes every year since 2019. Tax "
         "records from the revenue department tell a different story.",
         ("the state had cut property taxes every year since 2019", I, "said", "Tollan")),
    _c17("fc_spokesman_told_us_in_email_mixed", "fact-check",
         "In an email, campaign spokesman Eli Marsh told PolitiCheck the governor had been "
         "\u201cspeaking broadly.\u201d",
         ("the governor had been \u201cspeaking broadly.\u201d", M, "told", "Eli Marsh")),
    _c17("fc_direct_said_in_speech_then_figures", "fact-check",
         "\u201cWe have the lowest unemployment rate in the region,\u201d Sen. Mara Quell said in a "
         "speech in Dunford on April 2. Labor figures released the same week put the state fourth of "
         "six.",
         ("We have the lowest unemployment rate in the region,", D, "said", "Sen. Mara Quell")),
    _c17("fc_office_said_referring", "fact-check",
         "Quell\u2019s office said she had been referring to the rate among veterans.",
         ("she had been referring to the rate among veterans", I, "said", "Quell\u2019s office")),
    _c17("fc_image_circulating_claims_officials_said", "fact-check",
         "An image circulating on Instagram claims the county will fine residents $500 for collecting "
         "rainwater. No such ordinance exists, county officials said.",
         ("the county will fine residents $500 for collecting rainwater", I, "claims",
          "An image circulating on Instagram"),
         ("No such ordinance exists", I, "said", "county officials")),
    _c17("fc_told_rally_colon_nested", "fact-check",
         "Tollan told a rally in Dunford on Saturday: \u201cI said it then, and I\u2019ll say it now: "
         "\u2018We cut your taxes every year.\u2019\u201d",
         ("I said it then, and I\u2019ll say it now: \u2018We cut your taxes every year.\u2019", D,
          "told", "Tollan")),
    _c17("em_said_name_age_speaking_by_phone", "emergency",
         "\u201cThe water came up to the second step in about ten minutes,\u201d said Rosalind Achebe, "
         "67, speaking by phone from her daughter\u2019s house in Marlow Flats.",
         ("The water came up to the second step in about ten minutes,", D, "said", "Rosalind Achebe")),
    _c17("em_capt_of_department_told_the_station", "emergency",
         "Capt. Marco Villanueva of the Dunford Fire Department told the station that crews had pulled "
         "three people from the roof of a pickup truck.",
         ("that crews had pulled three people from the roof of a pickup truck", I, "told",
          "Capt. Marco Villanueva")),
    _c17("em_long_subject_apposition_who_clause", "emergency",
         "The county\u2019s emergency management director, Helen Park, who has overseen the response "
         "since Sunday, said the shelters at two high schools were full.",
         ("the shelters at two high schools were full", I, "said", "Helen Park")),
    _c17("em_split_then_multi_paragraph", "emergency",
         "\u201cWe heard it before we saw it,\u201d said Dale Cotter, whose farm sits a mile from where "
         "the tornado touched down. \u201cLike a freight train. Then the windows went.\n\n"
         "\u201cBy the time we got to the cellar, the barn was gone.\u201d",
         ("We heard it before we saw it,", D, "said", "Dale Cotter"),
         (("Like a freight train. Then the windows went.\n\n\u201cBy the time we got to the cellar, the "
           "barn was gone."), D, "said", "Dale Cotter")),
    _c17("em_nested_question_said_at_briefing", "emergency",
         "\u201cPeople keep asking me, \u2018When can we go home?\u2019 and I can\u2019t answer that "
         "yet,\u201d Sheriff Tomas Reyna said at an evening briefing.",
         ("People keep asking me, \u2018When can we go home?\u2019 and I can\u2019t answer that yet,", D,
          "said", "Sheriff Tomas Reyna")),
    _c17("em_according_to_sheriffs_office", "emergency",
         "Two hikers were airlifted from Carver Ridge on Saturday after one fell and broke an ankle, "
         "according to the Pine County Sheriff\u2019s Office.",
         ("Two hikers were airlifted from Carver Ridge on Saturday after one fell and broke an ankle", I,
          "according to", "the Pine County Sheriff\u2019s Office")),
    _c17("em_inverted_said_hydrologist_with", "emergency",
         "The river crested at 31.4 feet early Tuesday, nearly four feet above flood stage, said Nadia "
         "Fromm, a hydrologist with the National Weather Service office in Kellerton.",
         ("The river crested at 31.4 feet early Tuesday, nearly four feet above flood stage", I, "said",
          "Nadia Fromm")),
    _c17("em_pronoun_chain_paraphrase_then_direct", "emergency",
         "Jonah Whitfield spent the night on his neighbor\u2019s roof. He said the water rose so fast "
         "that he did not have time to grab his phone.\n\n\u201cI just kept thinking about my dog,\u201d "
         "he said. She was found alive two days later.",
         ("the water rose so fast that he did not have time to grab his phone", I, "said", "He"),
         ("I just kept thinking about my dog,", D, "said", "he")),
    _c17("em_inverted_said_director_of_office_name", "emergency",
         "\u201cIf you were told to leave, do not come back tonight,\u201d said the director of the "
         "county\u2019s Office of Emergency Management, Pam Reyes.",
         ("If you were told to leave, do not come back tonight,", D, "said", "Pam Reyes")),
    _c17("em_residents_reached_by_phone_said_that", "emergency",
         "Several residents reached by phone said on Tuesday that they had received no warning before "
         "the dam gave way.",
         ("that they had received no warning before the dam gave way", I, "said",
          "Several residents reached by phone")),
    _c17("em_weather_service_warned_in_bulletin_mixed", "emergency",
         "The National Weather Service warned in a 4 p.m. bulletin that the storm surge could be "
         "\u201cunsurvivable\u201d in low-lying parts of Tarlow County.",
         ("that the storm surge could be \u201cunsurvivable\u201d in low-lying parts of Tarlow County", M,
          "warned", "The National Weather Service")),
    _c17("med_lead_author_long_apposition_said_in_interview", "health",
         "\u201cWe were surprised by how quickly the benefit appeared,\u201d Dr. Lena Hargrove, an "
         "endocrinologist at Westbrook Medical Center and the study\u2019s lead author, said in an "
         "interview.",
         ("We were surprised by how quickly the benefit appeared,", D, "said", "Dr. Lena Hargrove")),
    _c17("med_the_paper_said_compared_with", "health",
         "The paper said the drug lowered blood pressure in 61 percent of patients, compared with 38 "
         "percent of those given a placebo.",
         (("the drug lowered blood pressure in 61 percent of patients, compared with 38 percent of those "
           "given a placebo"), I, "said", "The paper")),
    _c17("med_wrote_in_journal_mixed_because", "health",
         "The authors wrote in the Journal of Rural Health that the findings \u201cshould be "
         "interpreted with caution\u201d because the sample was small.",
         ("that the findings \u201cshould be interpreted with caution\u201d because the sample was small",
          M, "wrote", "The authors")),
    _c17("med_hospital_spokeswoman_statement_condition", "health",
         "A spokeswoman for St. Brendan\u2019s Hospital said in a statement Thursday that the patient was "
         "in stable condition.",
         ("that the patient was in stable condition", I, "said",
          "A spokeswoman for St. Brendan\u2019s Hospital")),
    _c17("med_not_involved_said_but_cautioned", "health",
         "Dr. Omar Siddiqui, a cardiologist who was not involved in the research, said the results were "
         "promising but cautioned that the trial lasted only six months.",
         ("the results were promising", I, "said", "Dr. Omar Siddiqui"),
         ("that the trial lasted only six months", I, "cautioned", "Dr. Omar Siddiqui")),
    _c17("med_according_to_data_released_by", "health",
         "Flu cases have doubled in the past two weeks, according to data released Friday by the state "
         "health department.",
         ("Flu cases have doubled in the past two weeks", I, "according to",
          "data released Friday by the state health department")),
    _c17("metro_board_member_who_cast_said_mixed", "US local metro",
         "School board member Tricia Vaughn, who cast the lone vote against the budget at Tuesday\u2019s "
         "meeting, said the district was \u201cspending money it does not have.\u201d",
         ("the district was \u201cspending money it does not have.\u201d", M, "said", "Tricia Vaughn")),
    _c17("metro_public_comment_parent_told_board_colon", "US local metro",
         "During public comment, parent Ayesha Grant told the board: \u201cMy son has had a substitute "
         "in math since October.\u201d",
         ("My son has had a substitute in math since October.", D, "told", "Ayesha Grant")),
    _c17("metro_attorney_representing_told_zoning_board", "US local metro",
         "Kyle Brandt, an attorney representing the developer, told the zoning board the project would "
         "bring 120 jobs to the corridor.",
         ("the project would bring 120 jobs to the corridor", I, "told", "Kyle Brandt")),
    _c17("metro_police_said_inverted_apposition", "US local metro",
         "The driver, a 19-year-old Eastfield man, was taken to Mercy Hospital with minor injuries, "
         "police said.",
         ("The driver, a 19-year-old Eastfield man, was taken to Mercy Hospital with minor injuries", I,
          "said", "police")),
    _c17("metro_according_to_police_report_told_officers", "US local metro",
         "According to a police report, the woman told officers that a man in a gray hoodie had grabbed "
         "her purse outside the library.",
         (("the woman told officers that a man in a gray hoodie had grabbed her purse outside the "
           "library"), I, "According to", "a police report"),
         ("that a man in a gray hoodie had grabbed her purse outside the library", I, "told",
          "the woman")),
    _c17("metro_blotter_police_said_then_according_to_report", "US local metro",
         "Police said a man was seen climbing through a window on Birch Street early Sunday. Officers "
         "found the window broken but no one inside, according to the report.",
         ("a man was seen climbing through a window on Birch Street early Sunday", I, "said", "Police"),
         ("Officers found the window broken but no one inside", I, "according to", "the report")),
    _c17("metro_pushed_back_saying_mixed", "US local metro",
         "Council member Ruben Ortiz pushed back, saying the rezoning would \u201cprice out the very "
         "families who built this neighborhood.\u201d",
         ("the rezoning would \u201cprice out the very families who built this neighborhood.\u201d", M,
          "saying", "Ruben Ortiz")),
    _c17("metro_letter_to_parents_wrote_that", "US local metro",
         "In a letter sent to parents Friday, Superintendent Carla Dunn wrote that classes would resume "
         "Monday on a two-hour delay.",
         ("that classes would resume Monday on a two-hour delay", I, "wrote", "Superintendent Carla Dunn")),
    _c17("metro_said_a_prayer_no_quote", "false friend",
         "The meeting opened with the Pledge of Allegiance, and board president Ken Ashby said a prayer "
         "for the families affected by the flood."),
    _c17("ent_told_the_magazine_of_then_floating", "entertainment",
         "\u201cI was terrified the whole time,\u201d Lila Moreau told the magazine of her first Broadway "
         "role. \u201cEvery night I thought they would find me out.\u201d",
         ("I was terrified the whole time,", D, "told", "Lila Moreau"),
         ("Every night I thought they would find me out.", D, "told", "Lila Moreau")),
    _c17("ent_he_joked_after_intro", "entertainment",
         "Actor Dev Kapoor, 41, plays a retired detective in the series. \u201cMy mother still "
         "hasn\u2019t seen it,\u201d he joked.",
         ("My mother still hasn\u2019t seen it,", D, "joked", "he")),
    _c17("ent_interview_with_magazine_published_said", "entertainment",
         "In an interview with Vellum magazine published Tuesday, singer Noor Halabi said she had "
         "written most of the album in a hotel room in Lisbon.",
         ("she had written most of the album in a hotel room in Lisbon", I, "said", "Noor Halabi")),
    _c17("ent_representative_no_response_no_quote", "entertainment",
         "A representative for Halabi did not immediately respond to a request for comment. The tour "
         "begins in May."),
    _c17("ent_split_by_says_and_gesture", "entertainment",
         "\u201cThe thing about comedy,\u201d Jasper Wilde says, leaning back in his chair, \u201cis that "
         "nobody laughs at the rehearsal.\u201d",
         ("The thing about comedy,", D, "says", "Jasper Wilde"),
         ("is that nobody laughs at the rehearsal.", D, "says", "Jasper Wilde")),
    _c17("ent_shared_on_instagram_writing_colon", "entertainment",
         "Moreau shared the news on Instagram, writing: \u201cWe did it. Thank you, New York.\u201d",
         ("We did it. Thank you, New York.", D, "writing", "Moreau")),
    _c17("ent_song_title_say_no_quote", "false friend",
         "Her single \u201cSay It Again\u201d spent nine weeks at No. 1."),
    _c17("qa_intro_whose_then_two_answers", "Q&A",
         "Novelist Ines Carrow, whose third book is out this week, spoke with the Ledger.\n\n"
         "Q: Where did the idea come from?\n\nA: From my grandmother\u2019s letters. She wrote to her "
         "sister every week for fifty years.\n\nQ: Did you change their names?\n\nA: Only the ones who "
         "are still alive.",
         ("From my grandmother\u2019s letters. She wrote to her sister every week for fifty years.", D,
          None, "Ines Carrow"),
         ("Only the ones who are still alive.", D, None, "Ines Carrow")),
    _c17("qa_edited_for_length_line_then_answer", "Q&A",
         "Dr. Amos Reid has run the county\u2019s only burn unit for 12 years. This interview has been "
         "edited for length and clarity.\n\nQ: What is the hardest part of the job?\n\nA: Telling "
         "families the truth, and then telling it again the next day.",
         ("Telling families the truth, and then telling it again the next day.", D, None,
          "Dr. Amos Reid")),
    # --- batch 18 (round 19): UK and Irish tabloids and regional papers (exclamatory cues,
    # "fumed", "blasted ... as", "told The Sun", headline quotes), US court reporting, earnings calls
    # and analyst notes, sports transfer news, hedged news analysis, and bodies with "and" in their
    # names; written before any fix of round 19 ----------------------------------------------------
    _c18("tab_fumed_mum_of_three_age", "tabloid",
         "\u201cIt\u2019s an absolute disgrace and nobody at the council cares,\u201d fumed mum-of-three "
         "Kerry Dawes, 34.",
         ("It\u2019s an absolute disgrace and nobody at the council cares,", D, "fumed", "Kerry Dawes")),
    _c18("tab_blasted_decision_as_mixed", "tabloid",
         "Local MP Gareth Pryce blasted the decision as \u201ca kick in the teeth for working families\u201d.",
         ("the decision as \u201ca kick in the teeth for working families\u201d", M, "blasted",
          "Gareth Pryce")),
    _c18("tab_pal_told_the_sun_last_night_colon", "tabloid",
         "Pal Dean Morrow told The Sun last night: \u201cHe was never the same after the crash. We all "
         "knew it.\u201d",
         ("He was never the same after the crash. We all knew it.", D, "told", "Dean Morrow")),
    _c18("tab_source_close_exclamation_marks", "tabloid",
         "A source close to the star said: \u201cShe\u2019s heartbroken! She had no idea he was "
         "seeing someone else.\u201d",
         ("She\u2019s heartbroken! She had no idea he was seeing someone else.", D, "said",
          "A source close to the star")),
    _c18("tab_headline_quote_capitals_over_standfirst", "tabloid",
         "\u2018WE\u2019LL NEVER GIVE UP\u2019\n\nGrieving dad Paul Keane vows to keep fighting for "
         "answers over his son\u2019s death\n\nAn inquest will open next month.",
         ("WE\u2019LL NEVER GIVE UP", D, None, "Paul Keane"),
         ("to keep fighting for answers over his son\u2019s death", I, "vows", "Paul Keane")),
    _c18("tab_one_raged_after_locals_slammed", "tabloid",
         "Furious locals last night slammed the plans for a 24-hour car wash. \u201cThey\u2019ve "
         "ruined the village!\u201d one raged.",
         ("They\u2019ve ruined the village!", D, "raged", "one")),
    _c18("tab_sobbed_name_age_then_floating", "tabloid",
         "\u201cI didn\u2019t know what was happening,\u201d sobbed Jade, 19. \u201cOne minute I was "
         "dancing, the next I was on the floor.\u201d",
         ("I didn\u2019t know what was happening,", D, "sobbed", "Jade"),
         ("One minute I was dancing, the next I was on the floor.", D, "sobbed", "Jade")),
    _c18("tab_her_mum_said_colon_two_paragraphs", "tabloid",
         "Her mum said: \u201cShe lit up every room she walked into.\n\n\u201cShe had so many plans. "
         "We are lost without her.\u201d",
         ("She lit up every room she walked into.\n\n\u201cShe had so many plans. We are lost without "
          "her.", D, "said", "Her mum")),
    _c18("irish_cllr_said_mixed_outside_marks", "Irish regional",
         "Cllr Siobh\u00e1n Nic Ardghail said the junction at Ballykeel Cross was \u201ca death "
         "trap\u201d.",
         ("the junction at Ballykeel Cross was \u201ca death trap\u201d", M, "said",
          "Cllr Siobh\u00e1n Nic Ardghail")),
    _c18("irish_speaking_to_paper_mr_said_colon", "Irish regional",
         "Speaking to the Western Echo, Mr Kilbride said: \u201cWe were left waiting four hours for an "
         "ambulance. My mother is 87.\u201d",
         ("We were left waiting four hours for an ambulance. My mother is 87.", D, "said",
          "Mr Kilbride")),
    _c18("uk_regional_said_dr_medical_director_at_trust", "UK regional",
         "\u201cThis is the busiest winter we have ever had,\u201d said Dr Helen Marsh, medical director "
         "at Northvale Hospitals NHS Trust.",
         ("This is the busiest winter we have ever had,", D, "said", "Dr Helen Marsh")),
    _c18("court_prosecutors_said_name_age", "US court",
         "Prosecutors said Lyle Danner, 44, had siphoned more than $2 million from the charity over six "
         "years.",
         ("Lyle Danner, 44, had siphoned more than $2 million from the charity over six years", I, "said",
          "Prosecutors")),
    _c18("court_according_to_court_documents_opening", "US court",
         "According to court documents, Danner used the money to buy a lake house and two boats.",
         ("Danner used the money to buy a lake house and two boats", I, "According to",
          "court documents")),
    _c18("court_the_complaint_alleges_that", "US court",
         "The complaint alleges that the company knew of the defect as early as 2019 and failed to warn "
         "customers.",
         ("that the company knew of the defect as early as 2019 and failed to warn customers", I,
          "alleges", "The complaint")),
    _c18("court_his_attorney_name_said_in_filing", "US court",
         "His attorney, Rachel Obi, said in a filing Tuesday that the search of his home was "
         "unconstitutional.",
         ("that the search of his home was unconstitutional", I, "said", "Rachel Obi")),
    _c18("court_in_motion_defense_attorneys_argued", "US court",
         "In a motion filed Monday, defense attorneys argued that the jury pool had been tainted by news "
         "coverage.",
         ("that the jury pool had been tainted by news coverage", I, "argued", "defense attorneys")),
    _c18("court_prosecutor_told_jurors_closing", "US court",
         "\u201cThe defendant treated the charity like his personal piggy bank,\u201d federal prosecutor "
         "Megan Shaw told jurors in her closing argument.",
         ("The defendant treated the charity like his personal piggy bank,", D, "told", "Megan Shaw")),
    _c18("court_judge_wrote_in_ruling_mixed", "US court",
         "U.S. District Judge Alan Pryor wrote in a 23-page ruling that the city had \u201cno reasonable "
         "basis\u201d for the ban.",
         ("that the city had \u201cno reasonable basis\u201d for the ban", M, "wrote", "Alan Pryor")),
    _c18("court_lawsuit_filed_in_claims", "US court",
         "The lawsuit, filed in Harlan County Circuit Court, claims the landlord ignored repeated "
         "complaints about mold.",
         ("the landlord ignored repeated complaints about mold", I, "claims", "The lawsuit")),
    _c18("court_pleaded_guilty_did_not_speak_no_quote", "false friend",
         "Danner, who pleaded guilty in March, did not speak at the hearing and will be sentenced in "
         "June."),
    _c18("court_asked_by_the_judge_whether_replied", "US court",
         "Asked by the judge whether he understood the charges, Danner replied, \u201cYes, your "
         "honor.\u201d",
         ("whether he understood the charges", I, "Asked", "the judge"),
         ("Yes, your honor.", D, "replied", "Danner")),
    _c18("earn_said_on_call_with_analysts_direct", "earnings",
         "\u201cDemand in Europe remains soft, and we are not planning for a rebound this year,\u201d "
         "chief executive Dana Whitlock said on a call with analysts.",
         ("Demand in Europe remains soft, and we are not planning for a rebound this year,", D, "said",
          "Dana Whitlock")),
    _c18("earn_finance_chief_told_analysts_on_call_that", "earnings",
         "Finance chief Omar Haddad told analysts on Thursday\u2019s call that the company expected "
         "margins to recover in the second half.",
         ("that the company expected margins to recover in the second half", I, "told", "Omar Haddad")),
    _c18("earn_analysts_at_wrote_in_note_cutting", "earnings",
         "\u201cWe see limited upside from here,\u201d analysts at Brightwater Securities wrote in a note to "
         "clients, cutting their price target to $42.",
         ("We see limited upside from here,", D, "wrote", "analysts at Brightwater Securities")),
    _c18("earn_in_note_firm_analyst_said_mixed", "earnings",
         "In a note to clients, Lindqvist Partners analyst Priya Raman said the results were \u201cmessy "
         "but not alarming.\u201d",
         ("the results were \u201cmessy but not alarming.\u201d", M, "said", "Priya Raman")),
    _c18("earn_company_said_jobs_or_percent", "earnings",
         "The company said it would cut 1,200 jobs, or about 8% of its workforce, by the end of the year.",
         ("it would cut 1,200 jobs, or about 8% of its workforce, by the end of the year", I, "said",
          "The company")),
    _c18("earn_shares_fell_after_cut_forecast_no_quote", "false friend",
         "Shares fell 6% in early trading after the company cut its annual forecast for a second time."),
    _c18("transfer_according_to_reports_in_spain", "transfer news",
         "Ravenna are preparing a \u20ac40m bid for the Hartley United striker, according to reports in "
         "Spain.",
         ("Ravenna are preparing a \u20ac40m bid for the Hartley United striker", I, "according to",
          "reports in Spain")),
    _c18("transfer_club_said_in_statement_that_and_would", "transfer news",
         "The club said in a statement that the midfielder had agreed personal terms and would undergo "
         "a medical on Friday.",
         ("that the midfielder had agreed personal terms and would undergo a medical on Friday", I, "said",
          "The club")),
    _c18("transfer_age_epithet_told_clubs_website", "transfer news",
         "\u201cIt\u2019s a dream come true,\u201d the 21-year-old told the club\u2019s website after signing "
         "a five-year deal.",
         ("It\u2019s a dream come true,", D, "told", "the 21-year-old")),
    _c18("transfer_refused_to_be_drawn_then_he_said", "transfer news",
         "Manager Tom Ashdown refused to be drawn on the speculation. \u201cI don\u2019t talk about players "
         "from other clubs,\u201d he said.",
         ("I don\u2019t talk about players from other clubs,", D, "said", "he")),
    _c18("transfer_paper_reports_inverted", "transfer news",
         "Kessler is understood to have turned down a new contract worth \u00a3120,000 a week, the Daily "
         "Courier reports.",
         ("Kessler is understood to have turned down a new contract worth \u00a3120,000 a week", I,
          "reports", "the Daily Courier")),
    _c18("transfer_agent_nested_single_marks", "transfer news",
         "The striker\u2019s agent, Luis Ferro, said: \u201cThe president told me, \u2018We will not sell "
         "him for any price,\u2019 and I believed him.\u201d",
         ("The president told me, \u2018We will not sell him for any price,\u2019 and I believed him.", D,
          "said", "Luis Ferro")),
    _c18("analysis_critics_say_and_economists_warn", "news analysis",
         "Critics say the plan does little for renters, and some economists warn it could push prices "
         "higher.",
         ("the plan does little for renters", I, "say", "Critics"),
         ("it could push prices higher", I, "warn", "some economists")),
    _c18("analysis_supporters_argue_a_claim_disputed", "news analysis",
         "Supporters argue that the tax cuts will pay for themselves, a claim most independent "
         "forecasters dispute.",
         ("that the tax cuts will pay for themselves", I, "argue", "Supporters")),
    _c18("analysis_aside_officials_privately_concede", "news analysis",
         "The move, officials privately concede, is as much about politics as policy.",
         ("The move", I, "concede", "officials"),
         ("is as much about politics as policy", I, "concede", "officials")),
    _c18("analysis_as_one_backbencher_put_it_colon", "news analysis",
         "As one senior backbencher put it to me: \u201cNobody is steering the ship.\u201d",
         ("Nobody is steering the ship.", D, "put", "one senior backbencher")),
    _c18("and_body_fire_and_rescue_says", "bodies with and",
         "Ambervale Fire and Rescue says crews were called to the warehouse at 2.14am.",
         ("crews were called to the warehouse at 2.14am", I, "says", "Ambervale Fire and Rescue")),
    _c18("and_body_food_and_drug_administration_said_that", "bodies with and",
         "The Food and Drug Administration said on Friday that it had approved the drug for children "
         "over 12.",
         ("that it had approved the drug for children over 12", I, "said",
          "The Food and Drug Administration")),
    _c18("and_body_retailer_and_said", "bodies with and",
         "Pennington and Rowe said sales of its food range rose 4% in the 12 weeks to January.",
         ("sales of its food range rose 4% in the 12 weeks to January", I, "said", "Pennington and Rowe")),
    _c18("and_body_spokeswoman_for_partnership", "bodies with and",
         "A spokeswoman for Kelbrook Health and Social Care Partnership said staff were working to clear "
         "the backlog.",
         ("staff were working to clear the backlog", I, "said",
          "A spokeswoman for Kelbrook Health and Social Care Partnership")),
    _c18("and_body_department_spokesperson_direct", "bodies with and",
         "\u201cOur thoughts are with the family at this difficult time,\u201d a Department for Farming "
         "and Rural Affairs spokesperson said.",
         ("Our thoughts are with the family at this difficult time,", D, "said",
          "a Department for Farming and Rural Affairs spokesperson")),
    _c18("and_body_two_parties_and_between_no_merge", "bodies with and",
         "Hollis Water and the Environment Agency said the spill had been contained.",
         ("the spill had been contained", I, "said", "Hollis Water and the Environment Agency")),
    _c18("tab_show_dubbed_no_quote", "false friend",
         "The show, dubbed \u201cLove Shack\u201d by fans, returns to screens next month."),
    # --- batch 19 (round 20): press reviews and translated media summaries ("told state
    # television", "the newspaper quoted X as saying", "in remarks carried by the state news
    # agency", "according to a translation by"), wire roundups with several speakers, question
    # time and panel debates, social-media stories, anonymous sourcing, documents and data;
    # written before any fix of round 20 -------------------------------------------------------
    _c19("press_told_state_television_that_mixed", "translated media",
         "The former interior minister, Arvid Kesler, told state television on Sunday that the border "
         "would stay closed \u201cfor as long as it takes\u201d.",
         ("that the border would stay closed \u201cfor as long as it takes\u201d", M, "told",
          "Arvid Kesler")),
    _c19("press_daily_quoted_as_saying_mixed", "translated media",
         "The Morgenblatt daily quoted Kesler as saying the government had \u201cno plan B\u201d.",
         ("the government had \u201cno plan B\u201d", M, "saying", "Kesler")),
    _c19("press_remarks_carried_by_state_agency", "translated media",
         "In remarks carried by the state news agency, the president, Oren Valdas, said the new "
         "sanctions were illegal and would be challenged.",
         ("the new sanctions were illegal and would be challenged", I, "said", "Oren Valdas")),
    _c19("press_according_to_translation_by_not_a_source", "translated media",
         "\u201cWe will not be intimidated,\u201d the foreign minister, Leyla Turan, said, according to a "
         "translation by the Balkan Monitor.",
         ("We will not be intimidated,", D, "said", "Leyla Turan")),
    _c19("press_speaking_to_radio_who_heads_colon", "translated media",
         "Speaking to Radio Severa, Ilse Marten, who heads the opposition bloc in parliament, said: "
         "\u201cThis vote was stolen from the people.\u201d",
         ("This vote was stolen from the people.", D, "said", "Ilse Marten")),
    _c19("press_review_daily_called_deal_mixed", "press review",
         "The Velmont Courier, a pro-government daily, called the agreement \u201ca historic "
         "mistake\u201d.",
         ("the agreement \u201ca historic mistake\u201d", M, "called", "The Velmont Courier")),
    _c19("press_review_writing_in_weekly_argued", "press review",
         "Writing in the weekly Obzor, the economist Pavel Drach argued that the currency was "
         "overvalued by a fifth.",
         ("that the currency was overvalued by a fifth", I, "argued", "Pavel Drach")),
    _c19("press_agency_quoted_unnamed_official_that", "translated media",
         "The agency quoted an unnamed defence ministry official as saying that two drones had been "
         "shot down overnight.",
         ("that two drones had been shot down overnight", I, "saying",
          "an unnamed defence ministry official")),
    _c19("wire_called_while_said_two_speakers", "wire roundup",
         "Kofi Mensah, the union\u2019s general secretary, called the offer \u201can insult\u201d, while the "
         "operator\u2019s chief executive, Dana Reyes, said it was \u201cfair and final\u201d.",
         ("the offer \u201can insult\u201d", M, "called", "Kofi Mensah"),
         ("it was \u201cfair and final\u201d", M, "said", "Dana Reyes")),
    _c19("wire_three_speakers_semicolons", "wire roundup",
         "Residents said the water had risen within minutes; the fire service said 40 people had been "
         "rescued, and the mayor said the town would need weeks to recover.",
         ("the water had risen within minutes", I, "said", "Residents"),
         ("40 people had been rescued", I, "said", "the fire service"),
         ("the town would need weeks to recover", I, "said", "the mayor")),
    _c19("wire_one_diplomat_another_said", "wire roundup",
         "\u201cIt is too early to say,\u201d said one diplomat. Another said the talks could resume next "
         "week.",
         ("It is too early to say,", D, "said", "one diplomat"),
         ("the talks could resume next week", I, "said", "Another")),
    _c19("pmq_asked_whether_then_replied_to_jeers", "question time",
         "The opposition leader, Mara Quist, asked the prime minister whether he would apologise. "
         "\u201cI have nothing to apologise for,\u201d Mr Ferrand replied, to jeers from the opposition "
         "benches.",
         ("whether he would apologise", I, "asked", "Mara Quist"),
         ("I have nothing to apologise for,", D, "replied", "Mr Ferrand")),
    _c19("pmq_said_then_shouted_across_chamber", "question time",
         "\u201cThe figures speak for themselves,\u201d Mr Ferrand said. \u201cThey do not!\u201d shouted Ms "
         "Quist from across the chamber.",
         ("The figures speak for themselves,", D, "said", "Mr Ferrand"),
         ("They do not!", D, "shouted", "Ms Quist")),
    _c19("pmq_told_the_house_a_figure_disputed", "question time",
         "Mr Ferrand told the House that 12,000 new homes had been completed, a figure disputed by the "
         "opposition.",
         ("that 12,000 new homes had been completed", I, "told", "Mr Ferrand")),
    _c19("pmq_responding_to_question_minister_said_mixed", "question time",
         "Responding to a question from the Green member Tobias Reyn, the minister said the plant would "
         "close \u201cin an orderly way\u201d by 2030.",
         ("the plant would close \u201cin an orderly way\u201d by 2030", M, "said", "the minister")),
    _c19("panel_moderator_interjected_apposition", "panel debate",
         "\u201cNobody on this stage believes that,\u201d the moderator, Jude Anselm, interjected.",
         ("Nobody on this stage believes that,", D, "interjected", "Jude Anselm")),
    _c19("panel_cut_in_dash_then_retorted", "panel debate",
         "\u201cLet me finish \u2014\u201d Ms Okoro began, before Mr Hale cut in: \u201cYou\u2019ve had ten minutes "
         "already.\u201d",
         ("Let me finish \u2014", D, "began", "Ms Okoro"),
         ("You\u2019ve had ten minutes already.", D, "cut in", "Mr Hale")),
    _c19("social_posted_on_x_formerly_twitter_mixed", "social media",
         "The billionaire posted on X, formerly Twitter, that the company would \u201cfight this all the "
         "way\u201d.",
         ("that the company would \u201cfight this all the way\u201d", M, "posted", "The billionaire")),
    _c19("social_in_tiktok_video_viewed_said", "social media",
         "In a TikTok video viewed more than two million times, nurse Ellie Branagh said she had been "
         "working 14-hour shifts without a break.",
         ("she had been working 14-hour shifts without a break", I, "said", "Ellie Branagh")),
    _c19("social_replied_in_thread_adding_that", "social media",
         "\u201cThis is not who we are,\u201d the mayor replied in a thread on Bluesky, adding that the "
         "officer had been suspended.",
         ("This is not who we are,", D, "replied", "the mayor"),
         ("that the officer had been suspended", I, "adding", "the mayor")),
    _c19("social_comments_one_wrote", "social media",
         "Fans flooded the singer\u2019s Instagram comments. \u201cQueen behaviour,\u201d one wrote.",
         ("Queen behaviour,", D, "wrote", "one")),
    _c19("social_hashtag_trending_no_quote", "false friend",
         "The hashtag #SaveOurPier was trending on X by Sunday evening, with more than 40,000 posts."),
    _c19("social_posting_on_facebook_restaurant_said", "social media",
         "Posting on Facebook, the restaurant said it had been \u201coverwhelmed by the kindness of "
         "strangers\u201d.",
         ("it had been \u201coverwhelmed by the kindness of strangers\u201d", M, "said", "the restaurant")),
    _c19("anon_source_close_to_said_mixed", "anonymous sources",
         "A source close to the finance minister said he was \u201cfurious\u201d about the leak.",
         ("he was \u201cfurious\u201d about the leak", M, "said", "A source close to the finance minister")),
    _c19("anon_people_familiar_said_inverted_end", "anonymous sources",
         "The two companies are in advanced talks to merge, people familiar with the matter said.",
         ("The two companies are in advanced talks to merge", I, "said",
          "people familiar with the matter")),
    _c19("anon_official_who_was_not_authorised", "anonymous sources",
         "One official, who was not authorised to speak publicly, said the deal could be signed as early "
         "as Friday.",
         ("the deal could be signed as early as Friday", I, "said", "One official")),
    _c19("anon_person_with_knowledge_who_asked", "anonymous sources",
         "\u201cThey are panicking,\u201d said a person with knowledge of the negotiations, who asked not "
         "to be named because the talks are private.",
         ("They are panicking,", D, "said", "a person with knowledge of the negotiations")),
    _c19("anon_according_to_two_people_briefed", "anonymous sources",
         "According to two people briefed on the plans, the bank will cut about 300 jobs in London.",
         ("the bank will cut about 300 jobs in London", I, "According to",
          "two people briefed on the plans")),
    _c19("anon_officials_privately_acknowledge_that", "anonymous sources",
         "Senior officials privately acknowledge that the target will be missed.",
         ("that the target will be missed", I, "acknowledge", "Senior officials")),
    _c19("doc_report_concluded_that", "documents",
         "The inspectors\u2019 report, published on Thursday, concluded that the hospital had been "
         "\u201cunsafe for years\u201d.",
         ("that the hospital had been \u201cunsafe for years\u201d", M, "concluded",
          "The inspectors\u2019 report")),
    _c19("doc_filing_shows_that", "documents",
         "The filing shows that the company paid its chief executive $14 million last year.",
         ("that the company paid its chief executive $14 million last year", I, "shows", "The filing")),
    _c19("doc_minutes_of_meeting_record_that", "documents",
         "Minutes of the meeting record that councillors voted 7-2 to close the library.",
         ("that councillors voted 7-2 to close the library", I, "record", "Minutes of the meeting")),
    _c19("doc_according_to_figures_from", "data",
         "According to figures from the Office for National Statistics, unemployment rose to 4.6% in the "
         "three months to June.",
         ("unemployment rose to 4.6% in the three months to June", I, "According to",
          "figures from the Office for National Statistics")),
    _c19("doc_report_runs_to_pages_no_quote", "false friend",
         "The report runs to 400 pages and cost \u00a32m to produce."),
    _c19("doc_audit_seen_by_warns_mixed", "documents",
         "The audit, seen by the Harbour Gazette, warns that the scheme is \u201cat serious risk of "
         "failure\u201d.",
         ("that the scheme is \u201cat serious risk of failure\u201d", M, "warns", "The audit")),
    _c19("doc_in_annual_report_regulator_said", "documents",
         "In its annual report, the regulator said complaints about energy bills had doubled.",
         ("complaints about energy bills had doubled", I, "said", "the regulator")),
    _c19("hard_two_paragraph_quote_translated", "multi-paragraph",
         "Ms Turan said: \u201cWe have waited long enough.\n\n\u201cOur patience is not endless.\u201d\n\n"
         "The talks resume on Monday.",
         ("We have waited long enough.\n\n\u201cOur patience is not endless.", D, "said", "Ms Turan")),
    _c19("hard_split_by_told_reporters_apposition", "split quote",
         "\u201cThe ministry,\u201d the spokesman, Idris Mol, told reporters, \u201chas nothing to hide.\u201d",
         ("The ministry,", D, "told", "Idris Mol"),
         ("has nothing to hide.", D, "told", "Idris Mol")),
    _c19("hard_nested_single_told_the_agency", "nested",
         "\u201cThey told us \u2018go home or go to prison\u2019,\u201d one protester, Dara Venn, told the "
         "agency.",
         ("They told us \u2018go home or go to prison\u2019,", D, "told", "Dara Venn")),
    _c19("hard_said_inversion_long_apposition", "wire roundup",
         "\u201cThe numbers do not add up,\u201d said Ruth Aldane, director of fiscal studies at the Corran "
         "Institute, a think tank in Velmont.",
         ("The numbers do not add up,", D, "said", "Ruth Aldane")),
    _c19("hard_pronoun_next_paragraph", "multi-paragraph",
         "Kesler spoke for an hour and took no questions.\n\n\u201cNobody will tell us what to do,\u201d he "
         "said.",
         ("Nobody will tell us what to do,", D, "said", "he")),
    _c19("hard_documentary_titled_no_quote", "false friend",
         "The documentary, titled \u201cSilent Border\u201d, airs on state television next week."),
    # --- batch 20 (round 21, written before its fixes): English-language dailies of Asia, Africa,
    # Latin America and the Middle East (state media, honorifics, long official titles), joint
    # statements and merger releases, headline quotes with a colon, Commonwealth sentencing
    # remarks, long "added / continued / went on" chains with floating quotes
    _c20("intl_told_state_agency_title_name", "international dailies",
         "Foreign Minister Tariq Hamdan told the Ostrian News Agency that the border crossing would reopen on Monday.",
         ("that the border crossing would reopen on Monday", I, "told", "Foreign Minister Tariq Hamdan")),
    _c20("intl_quoted_by_state_media_as_saying_mixed", "international dailies",
         "The president was quoted by state media as saying the country would \u201cnever bow to foreign pressure\u201d.",
         ("the country would \u201cnever bow to foreign pressure\u201d", M, "saying", "The president")),
    _c20("intl_remarks_carried_by_agency", "international dailies",
         "\u201cWe will not accept interference in our internal affairs,\u201d Vice President Ram\u00f3n Ibarra said in remarks carried by the state news agency.",
         ("We will not accept interference in our internal affairs,", D, "said", "Vice President Ram\u00f3n Ibarra")),
    _c20("intl_long_title_apposition_prof", "international dailies",
         "The Cabinet Secretary for Interior and National Administration, Prof. Jacob Wanyama, said on Tuesday that the curfew would be lifted in three counties.",
         ("that the curfew would be lifted in three counties", I, "said", "Prof. Jacob Wanyama")),
    _c20("intl_sidelines_minister_of_state_apposition", "international dailies",
         "Speaking to reporters on the sidelines of the summit, the Minister of State for Railways, Arvind Kulkarni, said the new line would be completed by March.",
         ("the new line would be completed by March", I, "said", "Arvind Kulkarni")),
    _c20("intl_told_radio_mixed", "international dailies",
         "Interior Minister Luc\u00eda Ferrer told Radio Continental that the protests had been \u201cinfiltrated by criminal groups\u201d.",
         ("that the protests had been \u201cinfiltrated by criminal groups\u201d", M, "told", "Interior Minister Luc\u00eda Ferrer")),
    _c20("intl_agency_quoted_crown_prince_mixed", "international dailies",
         "The official news agency quoted the crown prince as saying that the kingdom \u201cstands firmly\u201d with its neighbours.",
         ("that the kingdom \u201cstands firmly\u201d with its neighbours", M, "saying", "the crown prince")),
    _c20("intl_spokesperson_told_regular_briefing", "international dailies",
         "\u201cWe are ready to work with all parties,\u201d Zhao Ming, spokesperson for the Foreign Ministry, told a regular press briefing on Thursday.",
         ("We are ready to work with all parties,", D, "told", "Zhao Ming")),
    _c20("intl_according_to_statement_carried_by", "international dailies",
         "The talks were \u201cfrank and constructive\u201d, according to a statement carried by the official news agency.",
         ("The talks were \u201cfrank and constructive\u201d", M, "according to", "a statement carried by the official news agency")),
    _c20("intl_governor_spoke_through_press_secretary", "international dailies",
         "The governor, who spoke through his Chief Press Secretary, Mr. Tunde Akinola, said the state would not tolerate any breakdown of law and order.",
         ("the state would not tolerate any breakdown of law and order", I, "said", "The governor")),
    _c20("intl_sheikh_told_state_broadcaster", "international dailies",
         "Sheikh Hamad bin Rashid, the minister of state for foreign affairs, told the state broadcaster that mediation efforts were continuing.",
         ("that mediation efforts were continuing", I, "told", "Sheikh Hamad bin Rashid")),
    _c20("intl_remarks_broadcast_president_said", "international dailies",
         "In remarks broadcast on state television, President Adaeze Nwosu said the election would go ahead as planned.",
         ("the election would go ahead as planned", I, "said", "President Adaeze Nwosu")),
    _c20("intl_quoted_by_agency_spokesman_mixed", "international dailies",
         "The spokesman was quoted by the agency as saying that the two sides had reached \u201cimportant consensus\u201d.",
         ("that the two sides had reached \u201cimportant consensus\u201d", M, "saying", "The spokesman")),
    _c20("intl_quoting_ministry_agency_said", "international dailies",
         "Quoting the health ministry, the agency said 14 people had died in the floods.",
         ("14 people had died in the floods", I, "said", "the agency")),
    _c20("intl_state_media_showed_no_quote", "false friend",
         "State television showed the president inspecting the new container terminal."),
    _c20("joint_companies_said_in_joint_statement", "joint statement",
         "The companies said in a joint statement that the merger would create the region\u2019s largest steel producer.",
         ("that the merger would create the region\u2019s largest steel producer", I, "said", "The companies")),
    _c20("joint_said_ceo_of_in_a_statement", "merger release",
         "\u201cThis combination brings together two much-loved brands,\u201d said Helena Strand, chief executive of Norvik Foods, in a statement.",
         ("This combination brings together two much-loved brands,", D, "said", "Helena Strand")),
    _c20("joint_two_leaders_issued_after_talks_mixed", "joint statement",
         "The two leaders said in a joint statement issued after the talks that they had agreed to \u201cdeepen cooperation in all fields\u201d.",
         ("that they had agreed to \u201cdeepen cooperation in all fields\u201d", M, "said", "The two leaders")),
    _c20("joint_said_ceo_then_floating", "merger release",
         "\u201cWe are delighted to welcome the Parvo team,\u201d said Kofi Adjei, chief executive of Trellis Pay. \u201cTogether we will serve 40 million customers.\u201d",
         ("We are delighted to welcome the Parvo team,", D, "said", "Kofi Adjei"),
         ("Together we will serve 40 million customers.", D, "said", "Kofi Adjei")),
    _c20("joint_terms_the_companies_said_end", "merger release",
         "Under the terms of the agreement, Parvo shareholders will receive 1.2 Trellis shares for each share held, the companies said.",
         ("Under the terms of the agreement, Parvo shareholders will receive 1.2 Trellis shares for each share "
          "held", I, "said", "the companies")),
    _c20("joint_in_joint_statement_ministers_of_mixed", "joint statement",
         "In a joint statement, the foreign ministers of Ostria and Velmont said they \u201cstrongly condemned\u201d the attack.",
         ("they \u201cstrongly condemned\u201d the attack", M, "said", "the foreign ministers of Ostria and Velmont")),
    _c20("joint_deal_subject_to_approval_no_quote", "false friend",
         "The deal is subject to regulatory approval and is expected to close in the second quarter."),
    _c20("joint_inverted_end_said_ceo_indirect", "merger release",
         "The deal will close by June, said Marta Solis, chief executive of Andes Cement.",
         ("The deal will close by June", I, "said", "Marta Solis")),
    _c20("headline_colon_mayor_single_marks", "headline",
         "Mayor: \u2018We will rebuild\u2019\n\nThe mayor of Dunmere, Alia Rahman, promised on Sunday to restore every home lost in the floods.",
         ("We will rebuild", D, None, "Mayor"),
         ("to restore every home lost in the floods", I, "promised", "Alia Rahman")),
    _c20("headline_colon_police_chief_double_marks", "headline",
         "Police chief: \u201cNobody is above the law\u201d\n\nThe inspector general of police ordered an inquiry into the shooting.",
         ("Nobody is above the law", D, None, "Police chief")),
    _c20("court_sentencing_remarks_her_mixed", "sentencing",
         "The judge said in her sentencing remarks that Hale had shown \u201cno genuine remorse\u201d.",
         ("that Hale had shown \u201cno genuine remorse\u201d", M, "said", "The judge")),
    _c20("court_sentencing_him_justice_colon", "sentencing",
         "Sentencing him, Justice Priya Raman said: \u201cYou abused the trust placed in you by vulnerable people.\u201d",
         ("You abused the trust placed in you by vulnerable people.", D, "said", "Justice Priya Raman")),
    _c20("court_in_his_sentencing_remarks_told_mixed", "sentencing",
         "In his sentencing remarks, Judge Conor Hayes told the court that the offence was \u201cat the upper end of seriousness\u201d.",
         ("that the offence was \u201cat the upper end of seriousness\u201d", M, "told", "Judge Conor Hayes")),
    _c20("court_her_honour_judge_said", "sentencing",
         "Her Honour Judge Margaret Kell said the defendant\u2019s guilty plea had spared the victims from giving evidence.",
         ("the defendant\u2019s guilty plea had spared the victims from giving evidence", I, "said", "Her Honour Judge Margaret Kell")),
    _c20("court_judge_said_adding_that", "sentencing",
         "\u201cThe sentence must deter others,\u201d the judge said, adding that Okafor would serve at least half of it in custody.",
         ("The sentence must deter others,", D, "said", "the judge"),
         ("that Okafor would serve at least half of it in custody", I, "adding", "the judge")),
    _c20("court_sentenced_eligible_parole_no_quote", "false friend",
         "He was sentenced to six years and will be eligible for parole in 2029."),
    _c20("chain_said_added_floating_went_on", "added chain",
         "Dr Ngozi Achebe said the clinic had treated 300 patients in its first week.\n\n\u201cMany of them had never seen a doctor,\u201d she added.\n\n\u201cSome had walked for two days to get here.\u201d\n\nShe went on: \u201cWe need more nurses, more beds and more medicine.\u201d",
         ("the clinic had treated 300 patients in its first week", I, "said", "Dr Ngozi Achebe"),
         ("Many of them had never seen a doctor,", D, "added", "she"),
         ("Some had walked for two days to get here.", D, "added", "she"),
         ("We need more nurses, more beds and more medicine.", D, "went on", "She")),
    _c20("chain_said_inversion_floating_then_continued", "added chain",
         "\u201cThe river came at night,\u201d said Samuel Osei, a fisherman. \u201cWe heard it before we saw it.\u201d\n\nHe continued: \u201cBy morning the whole village was under water.\u201d",
         ("The river came at night,", D, "said", "Samuel Osei"),
         ("We heard it before we saw it.", D, "said", "Samuel Osei"),
         ("By morning the whole village was under water.", D, "continued", "He")),
    _c20("chain_went_on_to_say_that", "added chain",
         "The minister went on to say that the budget would be presented in June.",
         ("that the budget would be presented in June", I, "say", "The minister")),
    _c20("chain_pronoun_floating_over_paragraphs", "added chain",
         "Fatima Bello, the head of the market women\u2019s cooperative, spoke at the opening.\n\n\u201cThis market is ours,\u201d she said.\n\n\u201cNobody gave it to us.\u201d\n\nThe cooperative has 80 members.",
         ("This market is ours,", D, "said", "she"),
         ("Nobody gave it to us.", D, "said", "she")),
    _c20("chain_split_quote_runs_over_paragraph", "added chain",
         "\u201cThe first thing we did was count the children,\u201d said Amina Diallo, the head teacher. \u201cThen we counted the teachers.\n\n\u201cThen we started to dig.\u201d",
         ("The first thing we did was count the children,", D, "said", "Amina Diallo"),
         ("Then we counted the teachers.\n\n\u201cThen we started to dig.", D, "said", "Amina Diallo")),
    _c20("chain_added_that_mixed_surname", "added chain",
         "Mr Wanyama added that security officers would remain in the affected areas \u201cfor as long as necessary\u201d.",
         ("that security officers would remain in the affected areas \u201cfor as long as necessary\u201d", M, "added", "Mr Wanyama")),
    _c20("hard_nested_father_said_told_daily", "nested",
         "\u201cMy father always said, \u2018Never sell the land,\u2019\u201d Mr Mensah told the Daily Chronicle.",
         ("My father always said, \u2018Never sell the land,\u2019", D, "told", "Mr Mensah")),
    _c20("hard_said_inversion_dr_long_apposition", "international dailies",
         "\u201cPrices will keep rising until the rains come,\u201d said Dr Nkechi Obi, a senior lecturer in agricultural economics at the University of Kano.",
         ("Prices will keep rising until the rains come,", D, "said", "Dr Nkechi Obi")),
    _c20("hard_honorific_his_excellency_said", "international dailies",
         "His Excellency Dr. Kwame Asante-Boateng, Minister for Lands and Natural Resources, said the ministry would revoke all illegal mining licences.",
         ("the ministry would revoke all illegal mining licences", I, "said", "His Excellency Dr. Kwame Asante-Boateng")),
    # --- batch 21 (round 22, written before its fixes): investigative features quoting leaked
    # emails and messages, inquests and tribunals, cricket / rugby league / Aussie rules reports,
    # embargoed science releases, political sketches with interjections, obituaries. First run
    # (held out): 34/39 fully right, 38/39 spans right
    _c21("leak_wrote_in_email_seen_by_mixed", "leaked messages",
         "The chief executive, Harriet Vance, wrote in an email seen by the Ledger that the figures were \u201cnot for external eyes\u201d.",
         ("that the figures were \u201cnot for external eyes\u201d", M, "wrote", "Harriet Vance")),
    _c21("leak_whatsapp_to_colleagues_said_colon", "leaked messages",
         "In a WhatsApp message to colleagues on the night of the vote, the deputy leader, Sam Okoro, said: \u201cWe need to get our story straight.\u201d",
         ("We need to get our story straight.", D, "said", "Sam Okoro")),
    _c21("leak_messages_show_adviser_telling", "leaked messages",
         "Messages seen by the Courier show the adviser telling a colleague: \u201cDelete this thread.\u201d",
         ("Delete this thread.", D, "telling", "the adviser")),
    _c21("leak_one_email_sent_at_reads", "leaked messages",
         "One email, sent at 11.42pm on a Sunday, reads: \u201cDo not forward this to legal.\u201d",
         ("Do not forward this to legal.", D, "reads", "One email")),
    _c21("leak_wrote_inversion_reply_copied", "leaked messages",
         "\u201cAbsolutely not,\u201d wrote the finance director, Paul Brennan, in a reply copied to six members of staff.",
         ("Absolutely not,", D, "wrote", "Paul Brennan")),
    _c21("leak_said_in_text_message_mixed", "leaked messages",
         "The minister said in a text message to the Ledger that he had \u201cnothing to hide\u201d.",
         ("that he had \u201cnothing to hide\u201d", M, "said", "The minister")),
    _c21("inquest_recording_conclusion_coroner_said", "inquest",
         "Recording a conclusion of misadventure, the coroner, Helen Marsh, said the teenager could not have known the ice was thin.",
         ("the teenager could not have known the ice was thin", I, "said", "Helen Marsh")),
    _c21("inquest_mother_told_the_inquest_colon", "inquest",
         "His mother, Gail Rowntree, told the inquest: \u201cHe was the kindest boy you could ever meet.\u201d",
         ("He was the kindest boy you could ever meet.", D, "told", "Gail Rowntree")),
    _c21("tribunal_heard_that", "tribunal",
         "The tribunal heard that Ms Patel had been left off the rota for six weeks after she raised a grievance.",
         ("that Ms Patel had been left off the rota for six weeks after she raised a grievance", I, "heard", None)),
    _c21("tribunal_in_its_judgment_said_mixed", "tribunal",
         "In its judgment, the tribunal said the firm\u2019s treatment of her was \u201chumiliating and wholly unjustified\u201d.",
         ("the firm\u2019s treatment of her was \u201chumiliating and wholly unjustified\u201d", M, "said", "the tribunal")),
    _c21("inquest_giving_evidence_pathologist", "inquest",
         "Giving evidence, consultant pathologist Dr Ravi Menon said the cause of death was a head injury.",
         ("the cause of death was a head injury", I, "said", "Dr Ravi Menon")),
    _c21("inquest_coroner_colon_then_floating", "inquest",
         "The coroner, Helen Marsh, said: \u201cThis was a tragic accident.\u201d\n\n\u201cNo one could have foreseen what happened on the lake that morning.\u201d",
         ("This was a tragic accident.", D, "said", "Helen Marsh"),
         ("No one could have foreseen what happened on the lake that morning.", D, "said", "Helen Marsh")),
    _c21("tribunal_employment_judge_wrote_mixed", "tribunal",
         "Employment Judge Alan Cray wrote that the dismissal was \u201cprocedurally unfair\u201d.",
         ("that the dismissal was \u201cprocedurally unfair\u201d", M, "wrote", "Employment Judge Alan Cray")),
    _c21("inquest_statement_read_husband_said", "inquest",
         "In a statement read to the inquest, her husband, Tom Leary, said: \u201cShe lit up every room she walked into.\u201d",
         ("She lit up every room she walked into.", D, "said", "Tom Leary")),
    _c21("inquest_adjourned_no_quote", "false friend",
         "The inquest was adjourned until March pending a police investigation."),
    _c21("cricket_surname_said_after_stumps", "cricket",
         "\u201cWe were probably 30 runs short,\u201d Vaughan-Reid said after stumps on day two.",
         ("We were probably 30 runs short,", D, "said", "Vaughan-Reid")),
    _c21("afl_coach_told_reporters_indirect", "Aussie rules",
         "Hawksbury coach Dean Maloney told reporters the club would not appeal the suspension.",
         ("the club would not appeal the suspension", I, "told", "Dean Maloney")),
    _c21("nrl_said_inversion_captain_who", "rugby league",
         "\u201cHe\u2019s been our best player all year,\u201d said Storm Bay captain Jonah Tuilagi-Leota, who kicked the winning field goal.",
         ("He\u2019s been our best player all year,", D, "said", "Jonah Tuilagi-Leota")),
    _c21("cricket_speaking_on_broadcaster_mixed", "cricket",
         "Speaking on Fox Cricket, former Test opener Mark Colley said the selectors had \u201clost their nerve\u201d.",
         ("the selectors had \u201clost their nerve\u201d", M, "said", "Mark Colley")),
    _c21("nrl_split_by_coach_apposition", "rugby league",
         "\u201cThe boys showed plenty of ticker,\u201d the Warriors coach, Rangi Tawhiri, said, \u201cbut we just couldn\u2019t finish our sets.\u201d",
         ("The boys showed plenty of ticker,", D, "said", "Rangi Tawhiri"),
         ("but we just couldn\u2019t finish our sets.", D, "said", "Rangi Tawhiri")),
    _c21("cricket_so_called_nickname_no_quote", "false friend",
         "England\u2019s so-called \u201cBazball\u201d approach was on show again at the Basin Reserve."),
    _c21("afl_said_of_player_paragraphs", "Aussie rules",
         "Maloney was full of praise for his young ruckman.\n\n\u201cHe\u2019s 19 and he\u2019s playing like a 10-year veteran,\u201d he said.\n\n\u201cThe sky\u2019s the limit for him.\u201d",
         ("He\u2019s 19 and he\u2019s playing like a 10-year veteran,", D, "said", "he"),
         ("The sky\u2019s the limit for him.", D, "said", "he")),
    _c21("sci_the_authors_write_mixed", "science release",
         "The authors write that the effect \u201cwas consistent across all age groups\u201d.",
         ("that the effect \u201cwas consistent across all age groups\u201d", M, "write", "The authors")),
    _c21("sci_said_senior_author_of_university", "science release",
         "\u201cThis is the first time we have seen it in humans,\u201d said the study\u2019s senior author, Professor Lena Hartmann of the University of Aldbury.",
         ("This is the first time we have seen it in humans,", D, "said", "Professor Lena Hartmann")),
    _c21("sci_led_the_study_relative_said", "science release",
         "Dr Sione Fale, a marine ecologist at Kauri Bay University who led the study, said the reefs were recovering faster than expected.",
         ("the reefs were recovering faster than expected", I, "said", "Dr Sione Fale")),
    _c21("sci_in_the_paper_they_write_colon", "science release",
         "In the paper, published in Ocean Letters, they write: \u201cOur results suggest the decline can be reversed.\u201d",
         ("Our results suggest the decline can be reversed.", D, "write", "they")),
    _c21("sci_not_involved_cautioned_that", "science release",
         "Prof Amir Haddad, who was not involved in the research, cautioned that the sample was small.",
         ("that the sample was small", I, "cautioned", "Prof Amir Haddad")),
    _c21("sci_embargo_line_no_quote", "false friend",
         "EMBARGOED UNTIL 00:01 GMT THURSDAY\n\nThe study followed 12,000 adults for ten years."),
    _c21("sketch_shouted_voice_from_benches", "political sketch",
         "\u201cRubbish!\u201d shouted a voice from the opposition benches.",
         ("Rubbish!", D, "shouted", "a voice from the opposition benches")),
    _c21("sketch_barely_begun_interjected", "political sketch",
         "The prime minister had barely begun when Ms Okafor interjected: \u201cAnswer the question!\u201d",
         ("Answer the question!", D, "interjected", "Ms Okafor")),
    _c21("sketch_told_mps_mixed_to_laughter", "political sketch",
         "Mr Dunmore told MPs the plan was \u201cfully costed\u201d, to hoots of laughter.",
         ("the plan was \u201cfully costed\u201d", M, "told", "Mr Dunmore")),
    _c21("sketch_cried_several_backbenchers", "political sketch",
         "\u201cShame!\u201d cried several backbenchers.",
         ("Shame!", D, "cried", "several backbenchers")),
    _c21("sketch_chancellor_began_split", "political sketch",
         "\u201cThe economy,\u201d the chancellor began, \u201cis in safe hands.\u201d Groans filled the chamber.",
         ("The economy,", D, "began", "the chancellor"),
         ("is in safe hands.", D, "began", "the chancellor")),
    _c21("obit_colleague_two_paragraphs", "obituary",
         "Her longtime colleague at the Gazette, Ruth Ambler, said: \u201cShe could smell a story from across the room.\n\n\u201cShe never once missed a deadline.\u201d",
         ("She could smell a story from across the room.\n\n\u201cShe never once missed a deadline.", D, "said", "Ruth Ambler")),
    _c21("obit_family_statement_mixed", "obituary",
         "In a statement, his family said he \u201cdied peacefully, surrounded by those he loved\u201d.",
         ("he \u201cdied peacefully, surrounded by those he loved\u201d", M, "said", "his family")),
    _c21("obit_recalled_pronoun_floating", "obituary",
         "Tom Hardacre, who played alongside him for a decade, remembered a generous teammate.\n\n\u201cHe\u2019d give you his last pound,\u201d he recalled.\n\n\u201cAnd then apologise that it wasn\u2019t more.\u201d",
         ("He\u2019d give you his last pound,", D, "recalled", "he"),
         ("And then apologise that it wasn\u2019t more.", D, "recalled", "he")),
    _c21("obit_nested_said_his_daughter", "obituary",
         "\u201cHe used to say, \u2018Write it short and write it true,\u2019\u201d said his daughter, Nell.",
         ("He used to say, \u2018Write it short and write it true,\u2019", D, "said", "Nell")),
    _c21("obit_survived_by_no_quote", "false friend",
         "He is survived by his wife, Maureen, and three children."),
    _c21("obit_described_him_as_mixed", "obituary",
         "The club\u2019s president, Joe Farrant, described him as \u201cthe heart and soul of the place\u201d.",
         ("him as \u201cthe heart and soul of the place\u201d", M, "described", "Joe Farrant")),
    # --- batch 22 (round 23, written before its fixes): content boundaries in US political wire
    # copy -- long indirect reports ending in a subordinate clause, writer's "as"/"while"/"after"
    # clauses and participle tails, two clauses joined in one report, "that" repeated, "said" in
    # the middle of a sentence, trailing attribution, wire datelines and reporting credits,
    # parentheses, questions and conditionals, multi-sentence reports. First run (held out):
    # 31/40 fully right, 31/40 spans right
    _c22("long_said_that_ends_in_unless", "long report",
         "Sen. Ada Brandt said Tuesday that the ballot measure would fail in November unless the party spent heavily on television in the suburbs.",
         ("that the ballot measure would fail in November unless the party spent heavily on television in the suburbs", I, "said", "Sen. Ada Brandt")),
    _c22("long_said_ends_in_until_clause", "long report",
         "Tolliver said he would not agree to a third debate until his opponent released five years of tax returns.",
         ("he would not agree to a third debate until his opponent released five years of tax returns", I, "said", "Tolliver")),
    _c22("long_said_ends_in_if_clause", "long report",
         "The governor told reporters she would sign the bill if it reached her desk before the end of the session.",
         ("she would sign the bill if it reached her desk before the end of the session", I, "told", "The governor")),
    _c22("long_said_ends_in_relative_that", "long report",
         "Okafor said the plan would cut taxes for families that earn less than $80,000 a year.",
         ("the plan would cut taxes for families that earn less than $80,000 a year", I, "said", "Okafor")),
    _c22("long_said_ends_in_because", "long report",
         "Pollster Ed Marsh said the race had tightened because undecided voters in the suburbs had begun to break late for the challenger.",
         ("the race had tightened because undecided voters in the suburbs had begun to break late for the challenger", I, "said", "Ed Marsh")),
    _c22("writer_as_he_toured_with_comma", "writer's clause",
         "Gov. Rhea Tolliver said the plant would stay open, as he toured the factory floor with union leaders on Monday.",
         ("the plant would stay open", I, "said", "Gov. Rhea Tolliver")),
    _c22("writer_speaking_after_participle", "writer's clause",
         "Okafor said she had no plans to leave the race, speaking to reporters after a rally in Dunmore.",
         ("she had no plans to leave the race", I, "said", "Okafor")),
    _c22("writer_citing_participle", "writer's clause",
         "Brandt said the state\u2019s economy was slowing, citing a drop in factory orders.",
         ("the state\u2019s economy was slowing", I, "said", "Brandt")),
    _c22("writer_after_clause_comma", "writer's clause",
         "The attorney general said the state would appeal, after a federal judge struck down the new district map on Monday.",
         ("the state would appeal", I, "said", "The attorney general")),
    _c22("writer_while_clause_unshifted", "writer's clause",
         "Okafor said she would campaign in Ohio this weekend, while her running mate is expected in Florida.",
         ("she would campaign in Ohio this weekend", I, "said", "Okafor")),
    _c22("writer_even_though_polls", "writer's clause",
         "Tolliver told supporters he was winning the state, even though every public poll this month has shown him behind.",
         ("he was winning the state", I, "told", "Tolliver")),
    _c22("two_clauses_and_no_that", "two clauses",
         "Okafor said the race was close and turnout in the cities would decide it.",
         ("the race was close and turnout in the cities would decide it", I, "said", "Okafor")),
    _c22("two_clauses_but_speaker_subject", "two clauses",
         "Brandt said the vote was closer than expected but she still believed the measure would pass.",
         ("the vote was closer than expected but she still believed the measure would pass", I, "said", "Brandt")),
    _c22("that_repeated_comma", "that repeated",
         "The campaign said that it had raised $6 million in August, and that most of it came from small donors.",
         ("that it had raised $6 million in August, and that most of it came from small donors", I, "said", "The campaign")),
    _c22("that_repeated_three", "that repeated",
         "Marsh said that turnout was up, that young voters were energized and that the incumbent was in trouble.",
         ("that turnout was up, that young voters were energized and that the incumbent was in trouble", I, "said", "Marsh")),
    _c22("that_repeated_told_object", "that repeated",
         "Tolliver told donors that the campaign was short of cash and that he might pull his ads from Michigan.",
         ("that the campaign was short of cash and that he might pull his ads from Michigan", I, "told", "Tolliver")),
    _c22("mid_said_subject_first", "said mid-sentence",
         "The new ad, the campaign said, would run in six battleground states.",
         ("The new ad", I, "said", "the campaign"),
         ("would run in six battleground states", I, "said", "the campaign")),
    _c22("mid_said_inverted_name", "said mid-sentence",
         "Turnout, said pollster Ed Marsh, will decide the race.",
         ("Turnout", I, "said", "Ed Marsh"),
         ("will decide the race", I, "said", "Ed Marsh")),
    _c22("mid_said_after_clause_head", "said mid-sentence",
         "The governor\u2019s plan, Brandt said Tuesday, would leave rural hospitals without enough money to stay open.",
         ("The governor\u2019s plan", I, "said", "Brandt"),
         ("would leave rural hospitals without enough money to stay open", I, "said", "Brandt")),
    _c22("trailing_said_in_statement_late", "trailing attribution",
         "The ad will begin airing Thursday in Denver and Phoenix, the campaign said in a statement released late Monday.",
         ("The ad will begin airing Thursday in Denver and Phoenix", I, "said", "the campaign")),
    _c22("trailing_told_reporters_aboard", "trailing attribution",
         "The candidate would not attend the dinner, a senior aide told reporters aboard the campaign plane.",
         ("The candidate would not attend the dinner", I, "told", "a senior aide")),
    _c22("trailing_officials_said_on_condition", "trailing attribution",
         "The debate commission will announce the moderators next week, two officials said on condition of anonymity.",
         ("The debate commission will announce the moderators next week", I, "said", "two officials")),
    _c22("dateline_said_tuesday_that", "dateline",
         "DUNMORE, Ohio (Wirefeed) \u2014 Gov. Rhea Tolliver said Tuesday that he would sign an order freezing state hiring.",
         ("that he would sign an order freezing state hiring", I, "said", "Gov. Rhea Tolliver")),
    _c22("reporting_credit_after_report", "dateline",
         "Okafor\u2019s campaign said it would not take part in the Fox debate.\n\n(Reporting by Lena Ruiz in Dunmore; Editing by Tom Haley)",
         ("it would not take part in the Fox debate", I, "said", "Okafor\u2019s campaign")),
    _c22("parens_writer_aside_at_end", "parentheses",
         "Tolliver said he had never met the donor (campaign records show the two dined together in March).",
         ("he had never met the donor", I, "said", "Tolliver")),
    _c22("parens_party_after_name", "parentheses",
         "Sen. Ada Brandt (D-Ore.) said the bill would reach the floor before the August recess.",
         ("the bill would reach the floor before the August recess", I, "said", "Sen. Ada Brandt")),
    _c22("question_direct_asked_crowd", "question",
         "\u201cWho is going to pay for all of this?\u201d Tolliver asked the crowd in Dunmore.",
         ("Who is going to pay for all of this?", D, "asked", "Tolliver")),
    _c22("question_reporters_asked_whether", "question",
         "Reporters asked Okafor whether she would make public the minutes of her meetings with lobbyists.",
         ("whether she would make public the minutes of her meetings with lobbyists", I, "asked", "Reporters")),
    _c22("question_asked_then_replied_indirect", "question",
         "Asked whether he would endorse the nominee, Tolliver said he had not decided.",
         ("whether he would endorse the nominee", I, "Asked", None),
         ("he had not decided", I, "said", "Tolliver")),
    _c22("conditional_said_that_if_comma", "conditional",
         "Okafor said that if she won the nomination, she would pick a running mate from the Midwest.",
         ("that if she won the nomination, she would pick a running mate from the Midwest", I, "said", "Okafor")),
    _c22("conditional_if_elected_mid_said", "conditional",
         "If elected, Brandt said, she would close the loophole in her first month.",
         ("If elected", I, "said", "Brandt"),
         ("she would close the loophole in her first month", I, "said", "Brandt")),
    _c22("conditional_if_he_says_no_quote", "false friend",
         "If Tolliver says the election was rigged, party leaders will have to respond."),
    _c22("multi_sentence_said_then_she_said", "multi-sentence",
         "Okafor said the state had lost 40,000 jobs since 2012. She said the governor had done nothing to stop it.",
         ("the state had lost 40,000 jobs since 2012", I, "said", "Okafor"),
         ("the governor had done nothing to stop it", I, "said", "She")),
    _c22("multi_sentence_added_that_next", "multi-sentence",
         "Marsh said the poll had a margin of error of four points. He added that it was taken before the debate.",
         ("the poll had a margin of error of four points", I, "said", "Marsh"),
         ("that it was taken before the debate", I, "added", "He")),
    _c22("adding_that_after_comma", "two clauses",
         "The campaign said in a statement that it had hired a new pollster, adding that the move was planned months ago.",
         ("that it had hired a new pollster", I, "said", "The campaign"),
         ("that the move was planned months ago", I, "adding", "The campaign")),
    _c22("mixed_ends_in_quoted_phrase_as_clause", "mixed",
         "Brandt called the governor\u2019s budget \u201ca shell game\u201d as lawmakers returned to the capital on Monday.",
         ("the governor\u2019s budget \u201ca shell game\u201d", M, "called", "Brandt")),
    _c22("mixed_said_that_then_writers_apposition", "mixed",
         "Tolliver said that the report was a \u201chit job\u201d, a line his campaign repeated in a fundraising email hours later.",
         ("that the report was a \u201chit job\u201d", M, "said", "Tolliver")),
    _c22("direct_then_said_while_campaigning", "direct",
         "\u201cWe are going to win Ohio,\u201d Okafor said while campaigning in Dunmore on Saturday.",
         ("We are going to win Ohio,", D, "said", "Okafor")),
    _c22("poll_showed_no_quote", "false friend",
         "A Marlow University poll released Tuesday showed Okafor leading by three points among likely voters."),
    _c22("debate_said_little_no_quote", "false friend",
         "Tolliver said little about foreign policy during the 90-minute debate."),
    # --- batch 23 (round 24, written before its fixes): contents that are no report -- a
    # participle of "demanding" hung on a noun, a pronoun, demonstrative or "exactly that" as the
    # whole content, "said of" a pronoun beside a direct quote, a verb of permission ("allows") --
    # against what must stay: "demanded that", "called for calm, saying", "confirmed that", and the
    # noun-phrase objects PolNeAR train annotates ("confirmed the leak", "announced 300 job cuts",
    # "asked for a meeting"); datelines before a subject, a resolution "calling on", a paper that
    # "has learned" or "understands" (no speaker, no quote), and a direct quote ending in a comma.
    _c23("robbery_note_demanding_money", "note demanding",
         "A man walked into the Corby Street branch of Farlow Bank and handed a cashier a note demanding cash.",
         # (first written as no quote, id robbery_note_demanding_money_no_quote; round 26 set the convention
         # by PolNeAR train, see the module's conventions: a note's demand of a thing is a report, as
         # "demanded" + noun phrase in batch 23, and a note handed over is its sender's)
         ("cash", I, "demanding", "A man")),
    _c23("robbery_police_said_note_demanding", "false friend",
         "Police said a man entered the branch and passed a note to a cashier demanding money.",
         ("a man entered the branch and passed a note to a cashier demanding money", I, "said", "Police")),
    _c23("robbery_owner_said_man_demanding_takings", "false friend",
         "The shop\u2019s owner said she was threatened by a man carrying a knife and demanding the takings.",
         ("she was threatened by a man carrying a knife and demanding the takings", I, "said", "The shop\u2019s owner")),
    _c23("demanded_that_clause", "report",
         "The drivers\u2019 union demanded that the Harwick depot stay open until the end of the year.",
         ("that the Harwick depot stay open until the end of the year", I, "demanded", "The drivers\u2019 union")),
    _c23("called_for_calm_saying", "report",
         "Mayor Odile Brandt called for calm, saying the fire at the tyre yard was under control.",
         ("calm", I, "called", "Mayor Odile Brandt"),
         ("the fire at the tyre yard was under control", I, "saying", "Mayor Odile Brandt")),
    _c23("confirmed_np_outbreak_with_time", "noun-phrase content",
         "The health ministry confirmed an outbreak of cholera at the Dravo camp on Friday.",
         ("an outbreak of cholera at the Dravo camp", I, "confirmed", "The health ministry")),
    _c23("confirmed_that_outbreak", "report",
         "The Ministry of Health confirmed on Friday that cholera had broken out at the Dravo camp.",
         ("that cholera had broken out at the Dravo camp", I, "confirmed", "The Ministry of Health")),
    _c23("confirmed_the_leak_short_np", "noun-phrase content",
         "Ferrant Chemicals confirmed the leak in a statement on Friday.",
         ("the leak", I, "confirmed", "Ferrant Chemicals")),
    _c23("confirmed_deaths_police_said", "noun-phrase content",
         "Hallam Mining confirmed the deaths of two workers, police said on Sunday.",
         ("Hallam Mining confirmed the deaths of two workers", I, "said", "police"),
         ("the deaths of two workers", I, "confirmed", "Hallam Mining")),
    _c23("announced_job_cuts", "noun-phrase content",
         "Trenholm Motors announced 300 job cuts at its Lowfield plant on Tuesday.",
         ("300 job cuts at its Lowfield plant", I, "announced", "Trenholm Motors")),
    _c23("announced_death_of_founder", "noun-phrase content",
         "The hospice announced the death of its founder, Dr Lena Ruhl.",
         ("the death of its founder, Dr Lena Ruhl", I, "announced", "The hospice")),
    _c23("letter_asked_for_meeting", "noun-phrase content",
         "In a letter to the council, residents asked for a meeting with the planning officer.",
         ("a meeting with the planning officer", I, "asked", "residents")),
    _c23("resolution_asked_for_exactly_that_no_quote", "pronoun content",
         "Aid agencies want a pause in the fighting. The Security Council\u2019s resolution asked for exactly that."),
    _c23("what_the_resolution_called_for_no_quote", "pronoun content",
         "A pause in the fighting is what the resolution called for."),
    _c23("said_of_them_after_direct", "pronoun content",
         "Some 4,000 people remain in the Ostra camp. \u201cThey have nowhere else to go,\u201d a Relief Corps "
         "official said of them.",
         ("They have nowhere else to go,", D, "said", "a Relief Corps official")),
    _c23("said_of_np_after_direct", "report",
         "\u201cThey were brave beyond words,\u201d the fire chief said of the two crews.",
         ("They were brave beyond words,", D, "said", "the fire chief")),
    _c23("ceasefire_allows_aid_no_quote", "false friend",
         "The ceasefire allows aid into the Marra valley for the first time since May."),
    _c23("rules_allow_it_no_quote", "false friend",
         "Some parents want the school to open on Saturdays, but the new rules allow it only in term time."),
    _c23("agreement_demands_nothing_no_quote", "false friend",
         "The agreement demands nothing of either side until the spring."),
    _c23("dateline_resolution_calling_on", "dateline",
         "PORT ALDER (Coastwire) \u2014 The Security Council on Friday adopted a resolution calling on Dranmor "
         "and Kessia to restore their ceasefire.",
         # (first written "a resolution"; round 25 set the issuer by PolNeAR train, see OPEN_CASES)
         ("Dranmor and Kessia to restore their ceasefire", I, "calling", "The Security Council")),
    _c23("dateline_caps_said_monday", "dateline",
         "KESTREL BAY (Coastwire) \u2014 The port authority said on Monday it would reopen the harbour by the weekend.",
         ("it would reopen the harbour by the weekend", I, "said", "The port authority")),
    _c23("dateline_with_date_trailing_said", "dateline",
         "NEW HALDEN, Feb 3 (Wirefeed) - Talks between the two rail unions collapsed on Tuesday, officials said.",
         ("Talks between the two rail unions collapsed on Tuesday", I, "said", "officials")),
    _c23("paper_has_learned_letter_asked", "paper learned",
         "A 2024 inspection letter asked the company to fit a second valve, the Orbe Courier has learned.",
         ("the company to fit a second valve", I, "asked", "A 2024 inspection letter")),
    _c23("paper_understands_no_quote", "paper learned",
         "The board is expected to replace the chief executive next month, the Ledger understands."),
    _c23("paper_has_learned_that_no_quote", "paper learned",
         "The Gazette has learned that the Tallow mine will close in June."),
    _c23("direct_ends_in_comma", "direct",
         "\u201cSome of these pipes were forty years old,\u201d the engineer said.",
         ("Some of these pipes were forty years old,", D, "said", "the engineer")),
    _c23("company_says_then_water_company_says", "present tense",
         "The company, Veskor Chemicals, says a valve failed. The water company says tap water is safe to drink.",
         # (first written "The company": the file's convention gives the name in apposition)
         ("a valve failed", I, "says", "Veskor Chemicals"),
         ("tap water is safe to drink", I, "says", "The water company")),
    _c23("demanding_to_know_whether", "report",
         "Councillors demanded to know whether the contract had been put out to tender.",
         ("whether the contract had been put out to tender", I, "demanded", "Councillors")),
    _c23("protesters_chanted_direct", "direct",
         "Outside the embassy, protesters chanted: \u201cOpen the border!\u201d",
         ("Open the border!", D, "chanted", "protesters")),
    _c23("statement_demanding_release", "noun-phrase content",
         "The family issued a statement demanding the release of the footage.",
         # (first written "a statement"; round 25 set the issuer by PolNeAR train, see OPEN_CASES)
         ("the release of the footage", I, "demanding", "The family")),
    _c23("minister_said_so_no_quote_it", "pronoun content",
         "Asked whether the hospital would close, the minister would not say.",
         ("whether the hospital would close", I, "Asked", None)),
    _c23("it_was_announced_that", "report",
         "On Tuesday the trust announced it would close the ward, citing a lack of nurses.",
         ("it would close the ward", I, "announced", "the trust")),
    # --- batch 24 (round 25, written before its fixes): "with X saying/telling/warning ..." gives
    # the words to X (PolNeAR train: 7 of 7 such sources are X); a participle of a report hung on
    # a document that is the object of a verb of issuing ("adopted a resolution calling on",
    # "issued a statement urging") is the issuer's (PolNeAR train: 12 of 12, source = the subject),
    # a document that is itself the subject or came from someone else ("a letter from residents")
    # speaks for itself; "said the opposite" is content (PolNeAR train annotates "was saying the
    # opposite", "said so"); a paper that "has learned" or "can reveal" is the writer; "asked X for
    # NP" reports the NP (as "asked for a meeting", round 24); inquests and tribunals.
    _c24("inquest_with_investigator_telling", "with X telling",
         "The inquest into the deaths of four passengers on the Corran Pass opened in Hallby on Thursday, "
         "with a crash investigator telling the coroner the coach was travelling at 68 km/h.",
         ("the coach was travelling at 68 km/h", I, "telling", "a crash investigator")),
    _c24("wire_shares_fell_with_analysts_saying", "with X saying",
         "Shares in Dornley Foods fell 6% on Tuesday, with analysts saying the company had lost its biggest customer.",
         ("the company had lost its biggest customer", I, "saying", "analysts")),
    _c24("wire_talks_with_union_warning_that", "with X saying",
         "Talks at the Brisk Valley depot broke down on Friday, with the drivers\u2019 union warning that a "
         "strike could begin next week.",
         ("that a strike could begin next week", I, "warning", "the drivers\u2019 union")),
    _c24("poll_with_percent_saying", "with X saying",
         "Support for the bypass has fallen sharply, with 41 percent of voters saying they now oppose it.",
         ("they now oppose it", I, "saying", "41 percent of voters")),
    _c24("wire_flights_with_airline_saying", "with X saying",
         "Flights from Caddon resumed on Sunday, with the airline saying delays could last until Tuesday.",
         ("delays could last until Tuesday", I, "saying", "the airline")),
    _c24("hearing_adjourned_with_judge_telling_direct", "with X telling",
         "The hearing was adjourned until May, with the judge telling the defendant: \u201cYou should expect "
         "a prison sentence.\u201d",
         ("You should expect a prison sentence.", D, "telling", "the judge")),
    _c24("ferry_with_passengers_no_quote", "false friend",
         "The ferry left Port Halden at noon, with 300 passengers on board."),
    _c24("hearing_ended_with_judge_reserving_no_quote", "false friend",
         "The hearing ended with the judge reserving her decision until next month."),
    _c24("tribunal_began_with_silence_no_quote", "false friend",
         "The tribunal began with a minute\u2019s silence for the two workers."),
    _c24("council_adopted_resolution_calling_on", "document of a body",
         "The Security Council adopted a resolution calling on both sides to restore the ceasefire.",
         ("both sides to restore the ceasefire", I, "calling", "The Security Council")),
    _c24("union_issued_statement_urging", "document of a body",
         "The tenants\u2019 union issued a statement urging members to withhold rent from March.",
         ("members to withhold rent from March", I, "urging", "The tenants\u2019 union")),
    _c24("lawmakers_passed_motion_calling_on", "document of a body",
         "Lawmakers passed a motion calling on the government to publish the flood report.",
         ("the government to publish the flood report", I, "calling", "Lawmakers")),
    _c24("petition_calling_for_subject", "document as subject",
         "A petition calling for the Brook Street library to stay open has gathered 9,000 signatures.",
         ("the Brook Street library to stay open", I, "calling", "A petition")),
    _c24("council_received_letter_from_residents_demanding", "document as subject",
         "The council received a letter from residents demanding that the bypass be scrapped.",
         ("that the bypass be scrapped", I, "demanding", "a letter from residents")),
    _c24("resolution_subject_calls_on", "document as subject",
         "The resolution, passed by 12 votes to none, calls on Kessia to withdraw its troops.",
         ("Kessia to withdraw its troops", I, "calls", "The resolution")),
    _c24("report_published_says", "document as subject",
         "The report, published on Monday, says the hospital ignored repeated warnings.",
         ("the hospital ignored repeated warnings", I, "says", "The report")),
    _c24("july_answer_said_the_opposite", "document as subject",
         "The minister told parliament on Tuesday that no beds would be cut. His July answer had said the opposite.",
         ("that no beds would be cut", I, "told", "The minister"),
         ("the opposite", I, "said", "His July answer")),
    _c24("memo_then_it_told_him", "document as subject",
         "A memo was sent to the chief constable in March. It told him the force would shrink by 200 officers.",
         ("the force would shrink by 200 officers", I, "told", "It")),
    _c24("letter_from_2024_has_learned", "paper learned",
         "An inspection letter from 2024 asked Corlis Dairies to fit a second valve to the tank, the "
         "Harbour Times has learned.",
         ("Corlis Dairies to fit a second valve to the tank", I, "asked", "An inspection letter from 2024")),
    _c24("engineers_warned_courier_can_reveal", "paper learned",
         "Council engineers warned two years ago that the Mill Lane bridge was unsafe, the Courier can reveal.",
         ("that the Mill Lane bridge was unsafe", I, "warned", "Council engineers")),
    _c24("coroner_asked_authority_for_results", "ask X for NP",
         "The coroner asked the road authority for its test results.",
         ("its test results", I, "asked", "The coroner")),
    _c24("lawyer_asked_coroner_for_adjournment", "ask X for NP",
         "The family\u2019s lawyer asked the coroner for an adjournment.",
         ("an adjournment", I, "asked", "The family\u2019s lawyer")),
    _c24("coroner_asked_jury_to_return", "report",
         "The coroner asked the jury to return a narrative conclusion.",
         ("the jury to return a narrative conclusion", I, "asked", "The coroner")),
    _c24("giving_evidence_doctor_told_inquest", "inquest",
         "Giving evidence, Dr Hal Vesey told the inquest the boy had died of a rare heart condition.",
         ("the boy had died of a rare heart condition", I, "told", "Dr Hal Vesey")),
    _c24("recording_conclusion_coroner_said", "inquest",
         "Recording a conclusion of accidental death, the coroner said the crossing had been poorly lit.",
         ("the crossing had been poorly lit", I, "said", "the coroner")),
    _c24("driver_told_inquest_direct", "inquest",
         "\u201cI will never forgive myself,\u201d the driver told the inquest.",
         ("I will never forgive myself,", D, "told", "the driver")),
    _c24("inquest_heard_that_no_speaker", "inquest",
         "The inquest heard that the smoke alarm had been switched off a week before the fire.",
         ("that the smoke alarm had been switched off a week before the fire", I, "heard", None)),
    _c24("tribunal_manager_told_tribunal", "tribunal",
         "Her former manager told the tribunal he had never read her complaint.",
         ("he had never read her complaint", I, "told", "Her former manager")),
    # --- batch 25 (round 26, written before its fixes): Scottish and Canadian court reporting,
    # business-wire earnings calls (analysts' questions, CFO answers), science press releases ("the
    # authors wrote", "the study found", "co-author X said"); a note or sign that demands (held:
    # the document speaks; handed or sent: its sender), a document's post-modifier kept in its
    # mention ("A safety letter from 2023"), quoted fragments after "called" and contents cut at a
    # semicolon ("...; the defence said it was a knife"), and news outlets named as the addressee
    # ("told the Lobbyline"), in "an interview with" or in a by-phrase ("a memo seen by"): no speaker.
    _c25("scot_fiscal_depute_told_sheriff_court", "Scottish court",
         "Ailsa Brodie, prosecuting, told Dunmore Sheriff Court the van had been reported stolen an hour earlier.",
         ("the van had been reported stolen an hour earlier", I, "told", "Ailsa Brodie")),
    _c25("scot_sheriff_called_attack_fragment", "called fragment",
         "Sheriff Neil Garvie called the attack \u201ccowardly and senseless\u201d and jailed Dow for 14 months.",
         ("the attack \u201ccowardly and senseless\u201d", M, "called", "Sheriff Neil Garvie")),
    _c25("scot_solicitor_called_it_fragment", "called fragment",
         "His solicitor, Rhona Tait, called it \u201csloppy, not criminal\u201d.",
         ("it \u201csloppy, not criminal\u201d", M, "called", "Rhona Tait")),
    _c25("scot_crown_said_semicolon_defence_said", "semicolon pair",
         "The Crown said the weapon was a bottle; the defence said it was a torch.",
         ("the weapon was a bottle", I, "said", "The Crown"),
         ("it was a torch", I, "said", "the defence")),
    _c25("scot_high_court_heard_that", "court heard",
         "The High Court in Glasgow heard that Reid had sent 40 messages to the woman in one night.",
         ("that Reid had sent 40 messages to the woman in one night", I, "heard", None)),
    _c25("scot_robbed_with_note_demanding", "note demanding",
         "Dow, 29, robbed a bookmaker\u2019s in Carnbeck with a note demanding cash.",
         ("cash", I, "demanding", "a note")),
    _c25("scot_held_up_sign_saying", "note demanding",
         "Outside the court, his sister held up a sign saying he was innocent.",
         # (first written "a sign"; PolNeAR train gives a sign held up, carried or hoisted to its
         # holder, 3 of 4, so the expectation gives the holder, as the extractor does)
         ("he was innocent", I, "saying", "his sister")),
    _c25("scot_sent_text_saying", "note demanding",
         "An hour later Reid sent her a text saying he was outside her flat.",
         ("he was outside her flat", I, "saying", "Reid")),
    _c25("scot_note_on_table_no_quote", "false friend",
         "Officers found a note on the kitchen table and a bag of cash under the bed."),
    _c25("canada_crown_argued_while_defence_said", "Canadian court",
         "The Crown argued that Pell had planned the fraud for months, while the defence said he had been "
         "used by his business partner.",
         ("that Pell had planned the fraud for months", I, "argued", "The Crown"),
         ("he had been used by his business partner", I, "said", "the defence")),
    _c25("canada_justice_wrote_that", "Canadian court",
         "In her decision, Justice Claire Ouellet wrote that the search had breached Pell\u2019s Charter rights.",
         ("that the search had breached Pell\u2019s Charter rights", I, "wrote", "Justice Claire Ouellet")),
    _c25("canada_lawyer_said_and_called", "called fragment",
         "Amrit Sahota, Pell\u2019s lawyer, said the search was unlawful and called the evidence \u201ctainted\u201d.",
         ("the search was unlawful", I, "said", "Amrit Sahota"),
         ("the evidence \u201ctainted\u201d", M, "called", "Amrit Sahota")),
    _c25("canada_witnesses_said_police_said_not", "semicolon pair",
         "Witnesses said the driver was speeding; police said he was not.",
         ("the driver was speeding", I, "said", "Witnesses"),
         ("he was not", I, "said", "police")),
    _c25("canada_judge_said_sentence_fragment", "mixed",
         "The judge said the sentence was \u201cfair, if severe\u201d.",
         ("the sentence was \u201cfair, if severe\u201d", M, "said", "The judge")),
    _c25("earnings_analyst_asked_whether", "earnings call",
         "On the call, Jana Petrov, an analyst at Holm Securities, asked whether the company would cut its dividend.",
         ("whether the company would cut its dividend", I, "asked", "Jana Petrov")),
    _c25("earnings_cfo_replied_that", "earnings call",
         "Lars Moen, the chief financial officer, replied that the board had no such plans.",
         ("that the board had no such plans", I, "replied", "Lars Moen")),
    _c25("earnings_analyst_question_direct_asked", "earnings call",
         "\u201cCan you give us a sense of how much of that growth is price?\u201d asked Omar Reyes of Castle "
         "Ridge Capital.",
         ("Can you give us a sense of how much of that growth is price?", D, "asked", "Omar Reyes")),
    _c25("earnings_cfo_told_analysts_direct", "earnings call",
         "Tessaly Foods said revenue rose 4% to $812 million. \u201cDemand held up better than we feared,\u201d "
         "Moen told analysts.",
         ("revenue rose 4% to $812 million", I, "said", "Tessaly Foods"),
         ("Demand held up better than we feared,", D, "told", "Moen")),
    _c25("earnings_called_outlook_fragment", "called fragment",
         "Moen called the outlook \u201cprudent, not pessimistic\u201d.",
         ("the outlook \u201cprudent, not pessimistic\u201d", M, "called", "Moen")),
    _c25("earnings_ceo_told_outlet", "outlet addressee",
         "Tessaly\u2019s chief executive, Ines Varga, told Lobbyline the cuts would fall mainly on head office.",
         ("the cuts would fall mainly on head office", I, "told", "Ines Varga")),
    _c25("earnings_interview_with_outlet", "outlet addressee",
         "In an interview with Harbourwatch, Varga said the company would not sell its dairy arm.",
         ("the company would not sell its dairy arm", I, "said", "Varga")),
    _c25("memo_seen_by_outlet_warns", "outlet by-phrase",
         "A memo seen by the Lobbyline warns staff that bonuses will be cut.",
         # (first written "A memo": the file's convention keeps the participle, as "an internal memo
         # seen by the Harbour Gazette" in according_to_memo_at_end)
         ("that bonuses will be cut", I, "warns", "A memo seen by the Lobbyline")),
    _c25("outlet_reported_that", "outlet as source",
         "The Lobbyline reported on Monday that the sale was close.",
         ("that the sale was close", I, "reported", "The Lobbyline")),
    _c25("letter_from_year_told_operator", "document post-modifier",
         "A safety letter from 2023 told the operator to replace the brakes on six trams.",
         ("the operator to replace the brakes on six trams", I, "told", "A safety letter from 2023")),
    _c25("letter_from_regulator_asked", "document post-modifier",
         "A letter from the Rail Safety Office asked the firm to explain the delay.",
         ("the firm to explain the delay", I, "asked", "A letter from the Rail Safety Office")),
    _c25("science_authors_wrote_direct", "science release",
         "\u201cOur results suggest the decline began earlier than thought,\u201d the authors wrote.",
         ("Our results suggest the decline began earlier than thought,", D, "wrote", "the authors")),
    _c25("science_authors_wrote_in_journal_that", "science release",
         "The authors wrote in Coastal Ecology that the spray should be banned near hives.",
         ("that the spray should be banned near hives", I, "wrote", "The authors")),
    _c25("science_coauthor_said_after", "science release",
         "\u201cWe were surprised by how quickly the colonies recovered,\u201d said Dr Lena Brandt, a co-author "
         "of the study.",
         ("We were surprised by how quickly the colonies recovered,", D, "said", "Dr Lena Brandt")),
    _c25("science_study_found_that", "science release",
         "The study found that bees exposed to the spray foraged 30% less than other bees.",
         ("that bees exposed to the spray foraged 30% less than other bees", I, "found", "The study")),
    _c25("science_study_published_no_quote", "false friend",
         "The study, published on Wednesday in Coastal Ecology, followed 120 colonies for three summers."),
    _c25("science_funded_by_no_quote", "false friend",
         "The research was funded by the Alder Trust and carried out at four farms in the Veln valley."),
    # --- batch 26 (round 27, written before its fixes): imperatives are no reports -- a
    # regulator's template ("Report suspected side effects through ..."), "Tell us your story",
    # "Ask your pharmacist", "Call 0800 ...", "Please tell your doctor", "Say what you like" --
    # and an outlet asking its own question is the writer ("The Gale asks: ..."); false friends: an
    # imperative inside quote marks or before an inverted cue (the cue's subject gives it), "told
    # reporters to ask", a "Report:" headline label, an outlet that asked someone else.
    _c26("template_report_side_effects_no_quote", "imperative",
         "Report suspected side effects of any medicine through the Medicines Board\u2019s Safety Hotline."),
    _c26("template_tell_us_your_story_no_quote", "imperative",
         "Have you been affected by the closure? Tell us your story at news@hollowmere-echo.example."),
    _c26("template_ask_your_pharmacist_no_quote", "imperative",
         "Ask your pharmacist if you are unsure whether your pack is one of those recalled."),
    _c26("template_call_number_no_quote", "imperative",
         "Call 0800 555 0192 if you took the tablets and now feel unwell."),
    _c26("template_please_tell_doctor_no_quote", "imperative",
         "Please tell your doctor if you notice swelling in your ankles or feet."),
    _c26("idiom_say_what_you_like_no_quote", "imperative",
         "Say what you like about the new timetable, the trains are at least on time."),
    _c26("report_then_template", "imperative after a report",
         "The Medicines Board said on Tuesday that two batches of Dexalvine had been recalled. Ask your "
         "pharmacist if you are unsure.",
         ("that two batches of Dexalvine had been recalled", I, "said", "The Medicines Board")),
    _c26("outlet_asks_colon_no_quote", "outlet asks",
         "The Gale asks: who was checking this bridge?"),
    _c26("outlet_today_asks_why_no_quote", "outlet asks",
         "Today the Hollowmere Echo asks why three warnings about the crossing were ignored."),
    _c26("outlet_asked_minister_whether", "outlet asks",
         "The Gale asked the transport minister on Monday whether the bridge had been inspected.",
         ("whether the bridge had been inspected", I, "asked", "The Gale")),
    _c26("told_reporters_to_ask_the_minister", "false friend",
         "He told reporters to ask the minister.",
         ("reporters to ask the minister", I, "told", "He")),
    _c26("headline_report_label_no_marks", "false friend",
         "Report: Council knew of bridge cracks\n\nCouncil engineers warned in 2022 that the Mill Lane bridge "
         "was unsafe.",
         ("that the Mill Lane bridge was unsafe", I, "warned", "Council engineers")),
    _c26("quoted_imperative_shouted", "false friend",
         "\u201cTell us the truth,\u201d shouted one protester outside the town hall.",
         ("Tell us the truth,", D, "shouted", "one protester")),
    _c26("imperative_before_inverted_cue", "false friend",
         "Tell the council what you think of the plan, the mayor urged residents on Friday.",
         ("Tell the council what you think of the plan", I, "urged", "the mayor")),
    _c26("template_said_by_board", "false friend",
         "Report side effects through the Safety Hotline, the board said.",
         ("Report side effects through the Safety Hotline", I, "said", "the board")),
    # --- batch 31 (round 32, written before its fixes): technology trade press and product
    # launches ("said in a blog post", "wrote in a post on its developer forum", a changelog that
    # says, an executive "on an earnings call", on stage at a launch), live blogs and rolling
    # updates (a stamp before the entry, "Update:", "Earlier, X told ...", a one-line entry with a
    # colon cue), emergency briefings and police appeals (ranks, "in an appeal for witnesses", "a
    # force spokesperson", "told a briefing"), magazine features (partial quotes woven into the
    # writer's sentence, "as she puts it", "she recalls" before a quote over three paragraphs, a
    # nested quote), translated and interpreted words ("through an interpreter", "(translated from
    # ...)", "told the paper in French"), a crowd that chanted; false friends: "is said to be", a
    # product's name and "so-called" in marks, a scare quote, a song and a film title, a banner's
    # and a painted sign's words, a police appeal with no cue, a live blog's key points.
    _c31("tech_said_in_blog_post_that", "tech press",
         "Corvane said in a blog post on Tuesday that it would stop selling its Lumo speakers in Europe.",
         ("that it would stop selling its Lumo speakers in Europe", I, "said", "Corvane")),
    _c31("tech_blog_post_inverted_direct", "tech press",
         "\u201cWe got this one wrong, and we are sorry,\u201d Corvane said in a blog post on Friday.",
         ("We got this one wrong, and we are sorry,", D, "said", "Corvane")),
    _c31("tech_wrote_on_developer_forum_that", "tech press",
         "The company wrote in a post on its developer forum that the old login API would be switched off "
         "on 1 March.",
         ("that the old login API would be switched off on 1 March", I, "wrote", "The company")),
    _c31("tech_changelog_says", "tech press",
         "The changelog says the app no longer uploads a user\u2019s contacts without asking.",
         ("the app no longer uploads a user\u2019s contacts without asking", I, "says", "The changelog")),
    _c31("tech_exec_earnings_call_inverted_apposition", "earnings call",
         "\u201cWe sold more headsets in the quarter than in the whole of last year,\u201d Tamsin Orlo, "
         "Brightwell\u2019s chief executive, said on an earnings call.",
         ("We sold more headsets in the quarter than in the whole of last year,", D, "said", "Tamsin Orlo")),
    _c31("tech_on_earnings_call_fronted_said", "earnings call",
         "On an earnings call on Thursday, chief financial officer Daniel Ruse said margins would recover in "
         "the second half.",
         ("margins would recover in the second half", I, "said", "Daniel Ruse")),
    _c31("tech_launch_on_stage_said_as", "product launch",
         "\u201cThis is the thinnest laptop we have ever made,\u201d said Priya Nandan, head of hardware, as "
         "she held the Aero 13 up on stage in Port Avel.",
         ("This is the thinnest laptop we have ever made,", D, "said", "Priya Nandan")),
    _c31("tech_spokesperson_said_in_email_that", "tech press",
         "A spokesperson for Brightwell said in an email that the outage had affected fewer than 2% of users.",
         ("that the outage had affected fewer than 2% of users", I, "said", "A spokesperson for Brightwell")),
    _c31("tech_product_name_in_marks_no_quote", "false friend",
         "The Corvane \u201cHalo\u201d smart ring goes on sale in May for $299."),
    _c31("tech_said_to_be_no_quote", "false friend",
         "The new chip is said to be twice as fast as its predecessor."),
    _c31("tech_so_called_privacy_mode_no_quote", "false friend",
         "Brightwell\u2019s so-called \u201cprivacy mode\u201d still sends location data to its servers."),
    # --- live blogs and rolling updates ---
    _c31("live_stamp_line_name_colon_quote", "live blog",
         "14:05\n\nMayor Ines Varga: \u201cWe are opening three more shelters tonight.\u201d",
         ("We are opening three more shelters tonight.", D, None, "Mayor Ines Varga")),
    _c31("live_update_police_say", "live blog",
         "Update: Police say the Harrow Road bridge has reopened to traffic.",
         ("the Harrow Road bridge has reopened to traffic", I, "say", "Police")),
    _c31("live_earlier_told_radio_that", "live blog",
         "Earlier, Varga told Radio Kelmar that the evacuation order would stay in place overnight.",
         ("that the evacuation order would stay in place overnight", I, "told", "Varga")),
    _c31("live_inline_stamp_then_said", "live blog",
         "11.42am The fire service said crews had the blaze under control.",
         ("crews had the blaze under control", I, "said", "The fire service")),
    _c31("live_update_stamp_colon_inverted_told", "live blog",
         "Update 3.10pm: \u201cThe water is still rising,\u201d a council spokesman told the Kelmar Post.",
         ("The water is still rising,", D, "told", "a council spokesman")),
    _c31("live_key_points_no_quote", "false friend",
         "Key points:\n\n\u2022 Three shelters open in Kelmar\n\u2022 Schools closed on Friday"),
    # --- emergency briefings and police appeals ---
    _c31("police_det_insp_said_colon", "police",
         "Detective Inspector Rhona Blay said: \u201cWe believe the man was known to the victim, and we are "
         "not looking for anyone else.\u201d",
         ("We believe the man was known to the victim, and we are not looking for anyone else.", D, "said",
          "Detective Inspector Rhona Blay")),
    _c31("police_in_appeal_for_witnesses_said", "police appeal",
         "In an appeal for witnesses, Det Sgt Omar Kell said anyone who had seen a silver van near the school "
         "should call 101.",
         ("anyone who had seen a silver van near the school should call 101", I, "said", "Det Sgt Omar Kell")),
    _c31("police_force_spokesperson_colon", "police",
         "A force spokesperson said: \u201cA 34-year-old man has been arrested on suspicion of arson and "
         "remains in custody.\u201d",
         ("A 34-year-old man has been arrested on suspicion of arson and remains in custody.", D, "said",
          "A force spokesperson")),
    _c31("police_ch_supt_told_briefing_that", "emergency briefing",
         "Chief Superintendent Anand Roe told a briefing at the force\u2019s headquarters that two officers "
         "had been injured.",
         ("that two officers had been injured", I, "told", "Chief Superintendent Anand Roe")),
    _c31("briefing_minister_apposition_warned_that", "emergency briefing",
         "At the evening briefing, the emergency services minister, Colette Mbeki, warned that more "
         "evacuations were likely.",
         ("that more evacuations were likely", I, "warned", "Colette Mbeki")),
    _c31("police_appealing_for_witnesses_no_quote", "false friend",
         "Police are appealing for witnesses to the crash, which happened shortly after 7pm."),
    _c31("police_anyone_asked_to_call_no_quote", "false friend",
         "Anyone with information is asked to call Kestrel Police on 101, quoting incident 412 of 3 June."),
    # --- magazine features ---
    _c31("feature_describes_as_fragment", "feature",
         "Halloran describes her first years at the paper as \u201cchaotic and glorious\u201d.",
         ("her first years at the paper as \u201cchaotic and glorious\u201d", M, "describes", "Halloran")),
    _c31("feature_as_she_puts_it_fragment", "feature",
         "The farm was, as she puts it, \u201ca kingdom of mud and apples\u201d.",
         ("\u201ca kingdom of mud and apples\u201d", M, "puts", "she")),
    _c31("feature_she_recalls_three_paragraphs", "feature",
         "Odile Marsh remembers the winter the mill closed.\n\n\u201cWe had nothing,\u201d she recalls. "
         "\u201cMy father sold the piano first, then the car.\n\n\u201cBy March we were burning fence posts.\n\n"
         "\u201cNobody came to help us, not once.\u201d\n\nThe mill reopened in 1994.",
         ("We had nothing,", D, "recalls", "she"),
         ("My father sold the piano first, then the car.\n\n\u201cBy March we were burning fence posts.\n\n"
          "\u201cNobody came to help us, not once.", D, "recalls", "she")),
    _c31("feature_nested_quote_says_laughing", "feature",
         "\u201cMy mother said, \u2018Never trust a man who owns two boats,\u2019 and she was right,\u201d "
         "Marsh says, laughing.",
         ("My mother said, \u2018Never trust a man who owns two boats,\u2019 and she was right,", D, "says",
          "Marsh")),
    _c31("feature_partial_woven_says", "feature",
         "Marsh, who still keeps the mill\u2019s ledgers, says the town \u201cforgot how to be angry\u201d "
         "after the closure.",
         ("the town \u201cforgot how to be angry\u201d after the closure", M, "says", "Marsh")),
    _c31("feature_song_title_no_quote", "false friend",
         "The band closed with \u201cHarbour Lights\u201d, a song Marsh\u2019s father used to sing."),
    _c31("feature_scare_quote_no_quote", "false friend",
         "The town\u2019s \u201cregeneration\u201d has so far produced two car parks and a vape shop."),
    _c31("feature_film_title_screened_no_quote", "false friend",
         "\u201cAshes of Kelmar\u201d, a documentary about the mill, was screened at the town hall."),
    # --- translated and interpreted words, crowds and banners ---
    _c31("translated_told_paper_in_french_that", "translated",
         "Mireille Ancel told the paper in French that the strike would go on until Friday.",
         ("that the strike would go on until Friday", I, "told", "Mireille Ancel")),
    _c31("translated_said_name_age_through_interpreter", "translated",
         "\u201cWe were promised water and we got speeches,\u201d said Hamid Sorel, 58, through an interpreter.",
         ("We were promised water and we got speeches,", D, "said", "Hamid Sorel")),
    _c31("translated_note_in_brackets_after_cue", "translated",
         "\u201cThe border will stay closed until the talks resume,\u201d the foreign minister, Arvo Kessel, "
         "told reporters (translated from Estonian).",
         ("The border will stay closed until the talks resume,", D, "told", "Arvo Kessel")),
    _c31("crowd_chanted_inverted", "crowd",
         "\u201cNot one more school!\u201d chanted the crowd outside parliament.",
         # (first written "the crowd"; put in line after the first run with the convention that a
         # phrase after the subject that says which voice stays in the mention, "a voice from the
         # opposition benches", "Forecasters at the national weather service")
         ("Not one more school!", D, "chanted", "the crowd outside parliament")),
    _c31("banner_read_inverted_no_quote", "false friend",
         "\u201cHands off our library,\u201d read one banner."),
    _c31("painted_words_no_quote", "false friend",
         "The words \u201cNo Entry\u201d had been painted over by the time officers arrived."),
    # --- batch 32 (round 33, written before its fixes): West and East African English-language press
    # ("said while speaking with journalists", "told our correspondent", "in a statement signed by",
    # honorific chains), arts criticism and reviews (a critic "calls" a show "...", star ratings, a
    # book's own line, an author who "writes" in a memoir), court judgments and regulatory rulings,
    # sermons and ceremonies, think-tank reports and polls, the open forms of round 32 (a stamp line
    # before "Mayor X said", "called last year '...'"), and false friends
    _c32("af_said_while_speaking_with_journalists_that", "West African press",
         "The Commissioner for Health, Dr. Adaeze Okafor, said while speaking with journalists in Umuaro on "
         "Tuesday that the state had recorded 14 new cases of cholera.",
         ("that the state had recorded 14 new cases of cholera", I, "said", "Dr. Adaeze Okafor")),
    _c32("af_alhaji_told_our_correspondent_colon", "West African press",
         "Alhaji Musa Ibrahim Danjuma, a grain merchant at the Dawanu market, told our correspondent: "
         "\u201cPrices have doubled since the harvest failed.\u201d",
         ("Prices have doubled since the harvest failed.", D, "told", "Alhaji Musa Ibrahim Danjuma")),
    _c32("af_statement_signed_by_described_as", "West African press",
         "The party, in a statement signed by its spokesman, Chief Okon Etim, described the arrest as "
         "\u201cpolitically motivated\u201d.",
         ("the arrest as \u201cpolitically motivated\u201d", M, "described", "The party")),
    _c32("af_hon_engr_chain_said", "Ghanaian press",
         "Hon. Engr. Kwabena Asante-Mensah, the Member of Parliament for Dakoro North, said the bridge would "
         "be ready before the rains.",
         ("the bridge would be ready before the rains", I, "said", "Hon. Engr. Kwabena Asante-Mensah")),
    _c32("af_kenya_speaking_at_governor_said", "Kenyan press",
         "Speaking at Mwembe grounds during the Madaraka Day celebrations, Governor Achieng Otieno said the "
         "county would hire 200 nurses.",
         ("the county would hire 200 nurses", I, "said", "Governor Achieng Otieno")),
    _c32("af_ghana_inverted_stated_hon", "Ghanaian press",
         "\u201cWe will not allow illegal miners to destroy our rivers,\u201d the Municipal Chief Executive, "
         "Hon. Yaw Boateng, stated.",
         ("We will not allow illegal miners to destroy our rivers,", D, "stated", "Hon. Yaw Boateng")),
    _c32("af_chief_disclosed_that", "West African press",
         "The Chairman of Ogbaru Local Government, Chief Festus Adeyemi, disclosed that 40 boreholes had been "
         "sunk in the area.",
         ("that 40 boreholes had been sunk in the area", I, "disclosed", "Chief Festus Adeyemi")),
    _c32("af_said_to_be_members_no_quote", "false friend",
         "Three men said to be members of the gang were arrested in Ogbaru on Sunday."),
    # --- arts criticism and reviews ---
    _c32("arts_writing_in_critic_calls_fragment", "arts review",
         "Writing in the Harbour Review, critic Lena Morrow calls the production \u201ca triumph of nerve\u201d.",
         ("the production \u201ca triumph of nerve\u201d", M, "calls", "Lena Morrow")),
    _c32("arts_star_rating_title_no_quote", "false friend",
         "\u2605\u2605\u2605\u2605\u2606 \u201cThe Salt Year\u201d by Wren Hollis (Kestrel Press, 320 pages)"),
    _c32("arts_novel_opens_with_line_no_quote", "false friend",
         "The novel opens with the line \u201cNobody in Marrow Bay ever left on purpose.\u201d"),
    _c32("arts_in_memoir_writes_that_fragment", "arts review",
         "In her memoir, Wren Hollis writes that she \u201cnever once felt safe in that house\u201d.",
         ("that she \u201cnever once felt safe in that house\u201d", M, "writes", "Wren Hollis")),
    _c32("arts_inverted_said_outlet_critic_apposition", "arts review",
         "\u201cIt is the best thing he has written,\u201d said the Courier\u2019s theatre critic, Amos Vell.",
         ("It is the best thing he has written,", D, "said", "Amos Vell")),
    _c32("arts_gave_stars_calling_it", "arts review",
         "The Courier gave the show three stars, calling it \u201chandsome but hollow\u201d.",
         ("it \u201chandsome but hollow\u201d", M, "calling", "The Courier")),
    _c32("arts_single_title_no_quote", "false friend",
         "Her new single, \u201cTell Me Why\u201d, entered the charts at number four."),
    # --- court judgments and regulatory rulings ---
    _c32("court_justice_wrote_in_ruling_fragment", "court judgment",
         "Justice Folasade Ogun wrote in a 40-page ruling that the agency had \u201cno lawful basis\u201d for "
         "the seizure.",
         ("that the agency had \u201cno lawful basis\u201d for the seizure", M, "wrote", "Justice Folasade Ogun")),
    _c32("court_tribunal_found_that", "court judgment",
         "The tribunal found that Ms Darby had been unfairly dismissed.",
         ("that Ms Darby had been unfairly dismissed", I, "found", "The tribunal")),
    _c32("court_panel_decision_states_that", "regulatory ruling",
         "The panel\u2019s decision states that the licence will be suspended for six months.",
         ("that the licence will be suspended for six months", I, "states", "The panel\u2019s decision")),
    _c32("court_dissenting_opinion_wrote_fragment", "court judgment",
         "In a dissenting opinion, Judge Marit Olafsen wrote that the majority had \u201crewritten the "
         "statute\u201d.",
         ("that the majority had \u201crewritten the statute\u201d", M, "wrote", "Judge Marit Olafsen")),
    _c32("court_regulator_said_in_ruling_that", "regulatory ruling",
         "The Energy Regulation Commission said in its ruling that the tariff rise was unjustified.",
         ("that the tariff rise was unjustified", I, "said", "The Energy Regulation Commission")),
    _c32("court_sentencing_judge_told_colon", "court judgment",
         "Sentencing him, Judge Rhys Amberley told Coyle: \u201cYou showed no remorse at all.\u201d",
         ("You showed no remorse at all.", D, "told", "Judge Rhys Amberley")),
    _c32("court_so_called_group_no_quote", "false friend",
         "The so-called \u201cHarbour Five\u201d were cleared of all charges in 2019."),
    # --- sermons, religious leaders and ceremonies ---
    _c32("sermon_told_worshippers_fragment", "sermon",
         "Archbishop Tobias Ndlovu told worshippers at St Columba\u2019s Cathedral that forgiveness was "
         "\u201cnot weakness but courage\u201d.",
         ("that forgiveness was \u201cnot weakness but courage\u201d", M, "told", "Archbishop Tobias Ndlovu")),
    _c32("sermon_said_in_homily_inverted", "sermon",
         "\u201cDo not be afraid of the stranger at your door,\u201d Father Liam Corrigan said in his homily.",
         ("Do not be afraid of the stranger at your door,", D, "said", "Father Liam Corrigan")),
    _c32("sermon_congregation_responded_colon", "ceremony",
         "The congregation responded: \u201cAmen.\u201d",
         ("Amen.", D, "responded", "The congregation")),
    _c32("sermon_imam_urged_faithful_to", "sermon",
         "Imam Abdulrahman Sesay urged the faithful to pray for peace during the elections.",
         ("the faithful to pray for peace during the elections", I, "urged", "Imam Abdulrahman Sesay")),
    _c32("sermon_choir_sang_hymn_no_quote", "false friend",
         "The choir sang \u201cAbide With Me\u201d as the coffin was carried out."),
    _c32("sermon_words_carved_no_quote", "false friend",
         "The words \u201cPeace Be Still\u201d are carved above the church door."),
    # --- think-tank reports and polls ---
    _c32("report_concludes_that", "think-tank report",
         "The report concludes that the city will need 12,000 new homes a year until 2035.",
         ("that the city will need 12,000 new homes a year until 2035", I, "concludes", "The report")),
    _c32("poll_respondents_said", "poll",
         "Nearly two-thirds of respondents said the economy was heading in the wrong direction.",
         ("the economy was heading in the wrong direction", I, "said", "Nearly two-thirds of respondents")),
    _c32("poll_according_to_the_survey_fronted", "poll",
         "According to the survey, 41% of voters back the plan.",
         ("41% of voters back the plan", I, "According to", "the survey")),
    _c32("thinktank_lead_author_inverted_apposition", "think-tank report",
         "\u201cThe gap is widening every year,\u201d said Dr Nkechi Obi, the report\u2019s lead author and a "
         "fellow at the Meridian Institute.",
         ("The gap is widening every year,", D, "said", "Dr Nkechi Obi")),
    _c32("thinktank_report_published_warns_that", "think-tank report",
         "The Halden Institute\u2019s report, published on Monday, warns that rents could rise by a fifth.",
         ("that rents could rise by a fifth", I, "warns", "The Halden Institute\u2019s report")),
    _c32("thinktank_scare_quote_no_quote", "false friend",
         "The ministry\u2019s \u201cconsultation\u201d lasted four days."),
    # --- the open forms of round 32 ---
    _c32("live_stamp_line_then_mayor_said", "live blog",
         "16:20\n\nMayor Ines Varga said the curfew would be lifted at dawn.",
         ("the curfew would be lifted at dawn", I, "said", "Mayor Ines Varga")),
    _c32("called_last_year_fragment", "called fragment",
         "The chairman called last year \u201ca disaster for the club\u201d.",
         ("last year \u201ca disaster for the club\u201d", M, "called", "The chairman")),
    # batch 33 (round 34, written before its fixes): military and defence briefings (ranks "Lt. Col.",
    # "Maj. Gen.", "Rear Adm.", an official not authorised to speak, a ministry's daily update),
    # election-night coverage (concessions, victory speeches, returning officers, exit-poll analysts, a
    # results line over a quote), corporate filings and market notices (a regulatory filing, a prospectus
    # that warns, a letter to shareholders, a note to clients), live text commentary of sports (minute
    # stamps, "Coach X: '...'"), weather and emergency warnings, the open form of a live-blog stamp
    # line ("Updated at 5.30pm") before "Mayor X said", and false friends
    # --- military and defence briefings ---
    _c33("mil_lt_col_told_briefing_that", "defence briefing",
         "Lt. Col. Arvid Hale told a briefing in Kessling on Thursday that two drones had been shot down "
         "overnight.",
         ("that two drones had been shot down overnight", I, "told", "Lt. Col. Arvid Hale")),
    _c33("mil_ministry_said_in_daily_update_that", "defence briefing",
         "The Varnian defence ministry said in its daily update that its forces had retaken 14 villages "
         "along the river.",
         ("that its forces had retaken 14 villages along the river", I, "said", "The Varnian defence ministry")),
    _c33("mil_official_not_authorised_said", "defence briefing",
         "A defence official who was not authorised to speak publicly said the convoy had been hit by "
         "artillery fire.",
         ("the convoy had been hit by artillery fire", I, "said", "A defence official")),
    _c33("mil_maj_gen_inverted_apposition", "defence briefing",
         "\u201cThe enemy has lost the initiative,\u201d said Maj. Gen. Tomas Reller, the army\u2019s chief "
         "spokesman.",
         ("The enemy has lost the initiative,", D, "said", "Maj. Gen. Tomas Reller")),
    _c33("mil_rear_adm_warned_that", "defence briefing",
         "Rear Adm. Helena Strand warned that the strait would remain closed to shipping until further notice.",
         ("that the strait would remain closed to shipping until further notice", I, "warned",
          "Rear Adm. Helena Strand")),
    _c33("mil_role_before_rank_said", "defence briefing",
         "Army spokesman Col. Piet Danner said the soldiers had been withdrawn to their barracks.",
         ("the soldiers had been withdrawn to their barracks", I, "said", "Col. Piet Danner")),
    _c33("mil_code_named_operation_no_quote", "false friend",
         "The offensive, code-named \u201cOperation Iron Gate\u201d, began before dawn on Sunday."),
    _c33("mil_said_to_be_close_no_quote", "false friend",
         "The commander, said to be close to the president, was replaced on Friday."),
    # --- election-night coverage ---
    _c33("elec_conceding_told_supporters_colon", "election night",
         "Conceding defeat shortly after midnight, Ruth Alden told supporters in Marlow: \u201cThe voters "
         "have spoken, and I respect their choice.\u201d",
         ("The voters have spoken, and I respect their choice.", D, "told", "Ruth Alden")),
    _c33("elec_told_cheering_supporters_fragment", "election night",
         "Sam Oduya told cheering supporters that \u201ca new chapter starts tonight\u201d.",
         ("that \u201ca new chapter starts tonight\u201d", M, "told", "Sam Oduya")),
    _c33("elec_returning_officer_declared_that", "election night",
         "The returning officer, Margaret Fenn, declared that Tom Ashby had been duly elected with 21,406 "
         "votes.",
         ("that Tom Ashby had been duly elected with 21,406 votes", I, "declared", "Margaret Fenn")),
    _c33("elec_exit_poll_professor_said_fragment", "election night",
         "Professor Jan Kiel, who ran the exit poll for Channel 4 Norvia, said the swing was \u201cthe "
         "largest since 1997\u201d.",
         ("the swing was \u201cthe largest since 1997\u201d", M, "said", "Professor Jan Kiel")),
    _c33("elec_results_line_then_name_colon", "election night",
         "Kelmar North \u2014 Labour hold (majority 5,315)\n\nTom Ashby: \u201cThis is a win for every "
         "street in this town.\u201d",
         ("This is a win for every street in this town.", D, None, "Tom Ashby")),
    _c33("elec_victory_speech_vowed_to", "election night",
         "In her victory speech, Ruth Alden vowed to scrap the toll on the Marlow bridge.",
         ("to scrap the toll on the Marlow bridge", I, "vowed", "Ruth Alden")),
    _c33("elec_so_called_red_wall_no_quote", "false friend",
         "The party lost six seats in the so-called \u201cred wall\u201d."),
    _c33("elec_song_sung_along_no_quote", "false friend",
         "Supporters sang along to \u201cHere Comes the Dawn\u201d as the result was announced."),
    # --- corporate filings and market notices ---
    _c33("corp_said_in_regulatory_filing_that", "market notice",
         "Halvern Mining said in a regulatory filing on Monday that its chief financial officer, Ana Roos, "
         "would step down in June.",
         ("that its chief financial officer, Ana Roos, would step down in June", I, "said", "Halvern Mining")),
    _c33("corp_prospectus_warns_that", "market notice",
         "The prospectus warns that the company may never turn a profit.",
         ("that the company may never turn a profit", I, "warns", "The prospectus")),
    _c33("corp_letter_to_shareholders_wrote_fragment", "market notice",
         "In a letter to shareholders, chief executive Omar Lindqvist wrote that 2025 had been \u201ca year "
         "of hard choices\u201d.",
         ("that 2025 had been \u201ca year of hard choices\u201d", M, "wrote", "Omar Lindqvist")),
    _c33("corp_analysts_wrote_in_note_fragment", "analyst note",
         "Analysts at Corran Securities wrote in a note to clients that the deal \u201cmakes little strategic "
         "sense\u201d.",
         ("that the deal \u201cmakes little strategic sense\u201d", M, "wrote", "Analysts at Corran Securities")),
    _c33("corp_inverted_said_in_statement_to_exchange", "market notice",
         "\u201cWe remain confident in our full-year guidance,\u201d the company said in a statement to the "
         "Kelmar Stock Exchange.",
         ("We remain confident in our full-year guidance,", D, "said", "the company")),
    _c33("corp_compound_modifier_in_marks_no_quote", "false friend",
         "Shares in the \u201cbuy now, pay later\u201d lender fell 9% on Tuesday."),
    # --- live text commentary of sports ---
    _c33("live_ft_then_coach_colon", "live text",
         "FT: Carrow 2-1 Dunmere.\n\nCoach Dario Pell: \u201cWe deserved it. We were the better side for 90 "
         "minutes.\u201d",
         ("We deserved it. We were the better side for 90 minutes.", D, None, "Dario Pell")),
    _c33("live_minute_commentary_no_quote", "false friend",
         "88 min: Okafor curls a free kick just over the bar. So close!"),
    _c33("live_minute_referee_says", "live text",
         "76 min: The referee says the goal stands after a long check.",
         ("the goal stands after a long check", I, "says", "The referee")),
    # --- weather and emergency-service warnings ---
    _c33("wx_forecaster_said", "weather warning",
         "Met Service forecaster Gina Hart said gusts of 70mph were possible on exposed coasts.",
         ("gusts of 70mph were possible on exposed coasts", I, "said", "Gina Hart")),
    _c33("wx_yellow_warning_says", "weather warning",
         "A yellow warning for snow and ice says travel delays are likely on Tuesday morning.",
         ("travel delays are likely on Tuesday morning", I, "says", "A yellow warning for snow and ice")),
    _c33("wx_service_post_urged_drivers_to", "emergency warning",
         "In a post on X, Kelmar Fire and Rescue Service urged drivers to avoid the A41.",
         ("drivers to avoid the A41", I, "urged", "Kelmar Fire and Rescue Service")),
    _c33("wx_ambulance_service_said", "emergency warning",
         "The ambulance service said crews had treated 11 people for hypothermia.",
         ("crews had treated 11 people for hypothermia", I, "said", "The ambulance service")),
    _c33("wx_signs_reading_no_quote", "false friend",
         "Drivers ignored signs reading \u201cRoad closed \u2013 flooding\u201d and drove into the water."),
    # --- the open form: a live-blog stamp line before "Mayor X said" ---
    _c33("live_updated_at_stamp_then_mayor_said", "live blog",
         "Updated at 5.30pm\n\nMayor Ines Varga said the curfew would be lifted at dawn.",
         ("the curfew would be lifted at dawn", I, "said", "Mayor Ines Varga")),
    _c33("live_updated_at_stamp_then_mayor_said_that", "live blog",
         "Updated at 9.05am\n\nMayor Colm Avery said that the schools would stay shut on Friday.",
         ("that the schools would stay shut on Friday", I, "said", "Mayor Colm Avery")),
    _c33("film_title_no_quote", "false friend",
         "The documentary \u201cNine Days in Kessling\u201d opens in cinemas on Friday."),
    # batch 34 (round 35, written before its fixes): travel and lifestyle features (locals by first name,
    # "says" in the present, "she laughs", "he shrugs", a guide who "explains"), radio phone-ins and letters
    # to the editor ("caller Dave from X said", "writes reader X of Y", "a listener texted"), explainers for
    # young readers and Q&A explainers ("experts say", "scientists think": no quote, "according to the
    # charity"), property and consumer columns ("a spokesperson for the letting agency said", "the
    # ombudsman's ruling says", "the retailer told X magazine"), restaurant and product reviews (a menu, a
    # label and packaging speak for themselves, no person), and false friends
    # --- travel and lifestyle features ---
    _c34("tl_first_name_says_present_who", "travel feature",
         "\u201cWe get up at four to catch the tide,\u201d says Mira, who has fished these waters for 30 years.",
         ("We get up at four to catch the tide,", D, "says", "Mira")),
    _c34("tl_she_laughs", "travel feature",
         "Anouk runs the only caf\u00e9 on the island. \u201cNobody comes here for the weather,\u201d she laughs.",
         ("Nobody comes here for the weather,", D, "laughs", "she")),
    _c34("tl_he_shrugs_then_continues", "travel feature",
         "Tomasz has driven the mountain bus since 1998. \u201cThe road washes out every spring,\u201d he "
         "shrugs. \u201cWe just build it again.\u201d",
         ("The road washes out every spring,", D, "shrugs", "he"),
         ("We just build it again.", D, "shrugs", "he")),
    _c34("tl_guide_apposition_explains_that", "travel feature",
         "Our guide, Farid, explains that the terraces were built without a drop of mortar.",
         ("that the terraces were built without a drop of mortar", I, "explains", "Farid")),
    _c34("tl_name_apposition_explains_colon", "travel feature",
         "Lena, a mountain guide, explains: \u201cThe glacier has lost a third of its length since my "
         "grandfather\u2019s time.\u201d",
         ("The glacier has lost a third of its length since my grandfather\u2019s time.", D, "explains", "Lena")),
    _c34("tl_locals_say_present", "travel feature",
         "Locals say the best time to visit is late September.",
         ("the best time to visit is late September", I, "say", "Locals")),
    _c34("tl_says_inverted_with_age_then_continues", "travel feature",
         "\u201cIt is quieter now,\u201d says Yusuf Amari, 62, who has run the guesthouse since 1990. "
         "\u201cBut quiet is good for business.\u201d",
         ("It is quieter now,", D, "says", "Yusuf Amari"),
         ("But quiet is good for business.", D, "says", "Yusuf Amari")),
    _c34("tl_said_to_be_oldest_no_quote", "false friend",
         "The chapel is said to be the oldest in the valley, and its bell still rings at noon."),
    _c34("tl_so_called_ice_road_no_quote", "false friend",
         "In February we drive the so-called \u201cIce Road\u201d across the frozen lake to Varby."),
    # --- radio phone-ins and letters to the editor ---
    _c34("radio_caller_first_name_from_town_said", "radio phone-in",
         "On Tuesday\u2019s show, caller Dave from Carrowby said the new bus lanes had doubled his commute.",
         ("the new bus lanes had doubled his commute", I, "said", "Dave")),
    _c34("letter_writes_reader_of_town", "letter to the editor",
         "\u201cThe library is the last warm room in this town,\u201d writes reader Jo Roe of Kelmar.",
         ("The library is the last warm room in this town,", D, "writes", "Jo Roe")),
    _c34("radio_a_listener_texted_colon", "radio phone-in",
         "A listener texted: \u201cGridlocked at Fenwick roundabout, don\u2019t bother.\u201d",
         ("Gridlocked at Fenwick roundabout, don\u2019t bother.", D, "texted", "A listener")),
    _c34("letter_in_a_letter_argues_that", "letter to the editor",
         "In a letter to the editor, Ruth Penhale of Dunmere argues that the ferry timetable favours "
         "tourists over residents.",
         ("that the ferry timetable favours tourists over residents", I, "argues", "Ruth Penhale")),
    _c34("radio_presenter_asked_caller_whether", "radio phone-in",
         "Presenter Kit Marlow asked the caller whether she had complained to the council.",
         ("whether she had complained to the council", I, "asked", "Kit Marlow")),
    _c34("radio_song_request_no_quote", "false friend",
         "Another listener asked for \u201cRainy Day Blues\u201d, and the show played it twice."),
    # --- explainers for young readers and Q&A explainers ---
    _c34("expl_experts_say_because", "explainer",
         "Experts say bees are in trouble because there are fewer wild flowers.",
         ("bees are in trouble because there are fewer wild flowers", I, "say", "Experts")),
    _c34("expl_scientists_think_no_quote", "false friend",
         "Scientists think the dinosaurs died out after a huge rock hit the Earth."),
    _c34("expl_according_to_the_charity_first", "explainer",
         "According to the charity, one in five children in Norvale does not have a winter coat.",
         ("one in five children in Norvale does not have a winter coat", I, "According to", "the charity")),
    _c34("expl_qa_asks_and_answers_no_quote", "explainer",
         "Why is the river brown?\n\nThe water carries mud that heavy rain has washed off the fields."),
    _c34("expl_keeper_said_mixed", "explainer",
         "The zoo\u2019s keeper, Sam Idris, said the baby panda was \u201cvery hungry and very sleepy\u201d.",
         ("the baby panda was \u201cvery hungry and very sleepy\u201d", M, "said", "Sam Idris")),
    # --- property and consumer columns ---
    _c34("prop_spokesperson_for_letting_agency", "consumer column",
         "A spokesperson for the letting agency said the deposit had been returned in full.",
         ("the deposit had been returned in full", I, "said", "A spokesperson for the letting agency")),
    _c34("cons_ombudsman_ruling_says", "consumer column",
         "The ombudsman\u2019s ruling says the firm must pay Ms Adebayo \u00a3450 for the distress caused.",
         ("the firm must pay Ms Adebayo \u00a3450 for the distress caused", I, "says",
          "The ombudsman\u2019s ruling")),
    _c34("cons_retailer_told_magazine_that", "consumer column",
         "The retailer told Shopper\u2019s Guide magazine that faulty kettles would be replaced free of charge.",
         ("that faulty kettles would be replaced free of charge", I, "told", "The retailer")),
    _c34("cons_inverted_said_spokesman_for", "consumer column",
         "\u201cWe are sorry for the delay,\u201d said a spokesman for Brindle Homes.",
         ("We are sorry for the delay,", D, "said", "a spokesman for Brindle Homes")),
    _c34("prop_landlord_apposition_insisted", "property column",
         "The landlord, Gerald Moss, insisted that the damp was caused by tenants drying clothes indoors.",
         ("that the damp was caused by tenants drying clothes indoors", I, "insisted", "Gerald Moss")),
    _c34("prop_scare_quote_luxury_no_quote", "false friend",
         "The \u201cluxury\u201d flat had one window and a shared bathroom."),
    # --- restaurant and product reviews ---
    _c34("rev_menu_promises_quoted_words", "review",
         "The menu promises \u201cslow-cooked lamb with a whisper of rosemary\u201d.",
         ("\u201cslow-cooked lamb with a whisper of rosemary\u201d", M, "promises", "The menu")),
    _c34("rev_packaging_says", "review",
         "The packaging says the headphones last 30 hours on a single charge.",
         ("the headphones last 30 hours on a single charge", I, "says", "The packaging")),
    _c34("rev_jar_labelled_no_quote", "false friend",
         "A jar labelled \u201cGranny\u2019s Best\u201d sat on every table."),
    _c34("rev_chef_apposition_told_us_that", "review",
         "The head chef, Anna Lutz, told us that the bread is baked each morning at five.",
         ("that the bread is baked each morning at five", I, "told", "Anna Lutz")),
    _c34("rev_band_played_song_no_quote", "false friend",
         "Later the band played \u201cMidnight in Carrow\u201d, and half the room sang along."),
    _c34("rev_named_after_film_no_quote", "false friend",
         "The bistro takes its name from the film \u201cSupper at Eight\u201d."),
    _c34("rev_neon_sign_no_quote", "false friend",
         "The caf\u00e9\u2019s neon \u201cOpen 24 Hours\u201d sign has not been true since 2019."),
    _c34("rev_recipe_said_to_be_no_quote", "false friend",
         "The dumpling recipe, said to be a century old, came with the owner from Tessaly."),
    # batch 35 (round 36, written before its fixes): photo captions and TV news scripts (anchor labels,
    # "SOT:", "(on camera)"), celebrity and entertainment gossip (a source close to the couple, an insider,
    # a rep who "confirmed to" an outlet), affidavits, charging documents and lawsuits ("according to an
    # affidavit", "the complaint alleges", "prosecutors wrote in a filing"), investigative pieces (records
    # obtained by, emails reviewed by, officials with knowledge of the matter), horse racing and motor sport
    # (jockeys, trainers, team principals, "said over team radio"), and false friends
    # --- photo captions and TV news scripts ---
    _c35("cap_caption_then_she_said", "caption",
         "Jockey Ana Reyes celebrates after winning the Carrow Cup on Saturday. \u201cI still can\u2019t "
         "believe it,\u201d she said.",
         ("I still can\u2019t believe it,", D, "said", "she")),
    _c35("cap_pictured_where_she_said", "caption",
         "Pictured: Mayor Ines Varga at the flooded depot, where she said crews had worked all night.",
         ("crews had worked all night", I, "said", "she")),
    _c35("cap_banner_reading_no_quote", "false friend",
         "Pictured: Protesters hold a banner reading \u201cSave Our Pier\u201d outside the town hall on Monday."),
    _c35("tv_sot_name_colon_quote", "TV script",
         "SOT: Mayor Ines Varga: \u201cWe have never seen the river this high.\u201d",
         ("We have never seen the river this high.", D, None, "Mayor Ines Varga")),
    _c35("tv_on_camera_residents_say", "TV script",
         "(on camera) Residents say they had less than an hour to leave their homes.",
         ("they had less than an hour to leave their homes", I, "say", "Residents")),
    _c35("tv_fire_chief_told_programme_that", "TV script",
         "Fire chief Sam Oyelaran told Kelmar Tonight that the blaze started in a kitchen.",
         ("that the blaze started in a kitchen", I, "told", "Sam Oyelaran")),
    # --- celebrity and entertainment gossip ---
    _c35("gos_source_close_to_couple_told_magazine", "gossip",
         "A source close to the couple told Glint magazine that the pair split in March.",
         ("that the pair split in March", I, "told", "A source close to the couple")),
    _c35("gos_insider_claims_colon", "gossip",
         "An insider claims: \u201cThey haven\u2019t spoken in weeks.\u201d",
         ("They haven\u2019t spoken in weeks.", D, "claims", "An insider")),
    _c35("gos_rep_confirmed_to_outlet_that", "gossip",
         "Her rep confirmed to Starwatch that the singer had cancelled the rest of the tour.",
         ("that the singer had cancelled the rest of the tour", I, "confirmed", "Her rep")),
    _c35("gos_inverted_said_one_pal_of", "gossip",
         "\u201cHe\u2019s completely smitten,\u201d said one pal of the actor.",
         ("He\u2019s completely smitten,", D, "said", "one pal of the actor")),
    _c35("gos_told_friends_mixed", "gossip",
         "The actress told friends she was \u201cdone with the red carpet\u201d.",
         ("she was \u201cdone with the red carpet\u201d", M, "told", "The actress")),
    _c35("gos_single_title_no_quote", "false friend",
         "Her new single \u201cPaper Hearts\u201d went straight to number one."),
    _c35("gos_dubbed_by_fans_no_quote", "false friend",
         "The pair, dubbed \u201cMarvance\u201d by fans, were seen leaving a restaurant in Carrow."),
    # --- affidavits, charging documents and lawsuits ---
    _c35("law_according_to_an_affidavit", "court report",
         "According to an affidavit, the suspect fled in a grey van.",
         ("the suspect fled in a grey van", I, "According to", "an affidavit")),
    _c35("law_complaint_alleges_that", "court report",
         "The complaint alleges that the company ignored repeated safety warnings.",
         ("that the company ignored repeated safety warnings", I, "alleges", "The complaint")),
    _c35("law_prosecutors_wrote_in_filing_that", "court report",
         "Prosecutors wrote in a filing that Mr Hale posed a flight risk.",
         ("that Mr Hale posed a flight risk", I, "wrote", "Prosecutors")),
    _c35("law_charging_document_says", "court report",
         "The charging document says Okafor took $40,000 from the charity.",
         ("Okafor took $40,000 from the charity", I, "says", "The charging document")),
    _c35("law_lawsuit_calls_mixed", "court report",
         "The lawsuit calls the policy \u201creckless and unlawful\u201d.",
         ("the policy \u201creckless and unlawful\u201d", M, "calls", "The lawsuit")),
    _c35("law_defense_attorney_said_in_statement", "court report",
         "\u201cMy client is innocent,\u201d defense attorney Rosa Kim said in a statement.",
         ("My client is innocent,", D, "said", "Rosa Kim")),
    _c35("law_in_affidavit_detective_wrote_that", "court report",
         "In the affidavit, Detective Lou Brandt wrote that the knife was found under the seat.",
         ("that the knife was found under the seat", I, "wrote", "Detective Lou Brandt")),
    _c35("law_so_called_nickname_no_quote", "false friend",
         "The so-called \u201cPonzi King\u201d appeared in court on Friday in a grey suit."),
    # --- investigative pieces ---
    _c35("inv_records_obtained_by_show_that", "investigation",
         "Records obtained by the Ledger show that the agency paid $2 million to a shell firm.",
         ("that the agency paid $2 million to a shell firm", I, "show", "Records obtained by the Ledger")),
    _c35("inv_emails_reviewed_by_director_wrote_mixed", "investigation",
         "In emails reviewed by the Sentinel, the director wrote that the audit should be \u201ckept quiet\u201d.",
         ("that the audit should be \u201ckept quiet\u201d", M, "wrote", "the director")),
    _c35("inv_two_officials_with_knowledge_said", "investigation",
         "Two officials with knowledge of the matter said the inquiry had been closed in June.",
         ("the inquiry had been closed in June", I, "said", "Two officials with knowledge of the matter")),
    _c35("inv_said_one_official_who_spoke_on_condition", "investigation",
         "The inspection found mould in 14 classrooms, said one official, who spoke on condition of "
         "anonymity because he was not authorised to discuss it.",
         ("The inspection found mould in 14 classrooms", I, "said", "one official")),
    _c35("inv_did_not_respond_no_quote", "investigation",
         "The agency did not respond to requests for comment."),
    # --- horse racing and motor sport ---
    _c35("race_inverted_said_jockey_after", "racing",
         "\u201cShe quickened like a good one,\u201d said jockey Ana Reyes after the race.",
         ("She quickened like a good one,", D, "said", "Ana Reyes")),
    _c35("race_trainer_told_reporters_that", "racing",
         "Trainer Bill Cawley told reporters that the colt would run in the Derby.",
         ("that the colt would run in the Derby", I, "told", "Bill Cawley")),
    _c35("race_said_over_team_radio", "motor sport",
         "\u201cThe rear tyres are gone,\u201d Novak said over team radio.",
         ("The rear tyres are gone,", D, "said", "Novak")),
    _c35("race_team_principal_said_mixed", "motor sport",
         "Team principal Marta Lind said the upgrade had added \u201ctwo tenths a lap\u201d.",
         ("the upgrade had added \u201ctwo tenths a lap\u201d", M, "said", "Marta Lind")),
    _c35("race_horse_named_say_no_more_no_quote", "false friend",
         "Her horse, Say No More, won the sprint by two lengths."),
    _c35("race_colt_said_to_be_no_quote", "false friend",
         "The colt is said to be worth three million pounds."),
    _c35("race_scare_quote_dirty_air_no_quote", "false friend",
         "The \u201cdirty air\u201d behind the leader makes passing hard at Varby."),
    _c35("race_film_title_no_quote", "false friend",
         "The film \u201cFull Throttle\u201d was shot at the circuit in 1998."),
]
