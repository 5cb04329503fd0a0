namespace Annalist.Entities.Resolution;

internal sealed partial class DocumentResolution
{
    /// <summary>How many sentences back a he/she may find the person it refers to.</summary>
    private const int PronounReach = 3;

    /// <summary>How many of the people mentioned last a pronoun looks at (keeps the pass linear in long articles).</summary>
    private const int PronounCandidates = 16;

    /// <summary>
    /// he/him/his/himself and she/her/hers/herself refer to the person mentioned last before them,
    /// at most <see cref="PronounReach"/> sentences back, whose gender is the pronoun's or unknown;
    /// the pronoun then gives that person its gender. Gender comes from the first-name list,
    /// honorifics (Mr, Mrs), gendered roles (spokeswoman) and earlier pronouns.
    /// </summary>
    private void ResolvePronouns()
    {
        var people = Roots().Where(d => d.IsPerson).ToList();
        if (people.Count == 0) return;
        // every mention of a person, in text order, as (start, end, person)
        var events = new List<(int Start, int End, int Person)>();
        for (var p = 0; p < people.Count; p++)
            foreach (var m in people[p].Mentions) events.Add((m.Start, m.End, p));
        events.Sort((a, b) => a.Start.CompareTo(b.Start));
        var lastEnd = new int[people.Count];
        var lastSentence = new int[people.Count];
        var recent = new List<int>(PronounCandidates + 1); // people by last mention, latest first
        void Seen(int p)
        {
            recent.Remove(p);
            recent.Insert(0, p);
            if (recent.Count > PronounCandidates) recent.RemoveAt(recent.Count - 1);
        }
        var e = 0;
        var sentence = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            var start = _tokens[i].Start;
            while (sentence + 1 < _sentences.Length && _sentences[sentence + 1].Start <= start) sentence++;
            for (; e < events.Count && events[e].Start < start; e++)
            {
                var (_, end, p) = events[e];
                if (end > lastEnd[p])
                {
                    lastEnd[p] = end;
                    lastSentence[p] = SentenceOf(events[e].Start);
                    Seen(p);
                }
            }
            if ((_classes[i] & WordClass.Pronoun) == 0 || _owner[i] >= 0) continue;
            var gender = ResolutionLexicon.GenderOf(_classes[i], WordClass.PronounMale, WordClass.PronounFemale);
            var best = -1;
            foreach (var p in recent)
            {
                if (sentence - lastSentence[p] > PronounReach) break; // the rest were mentioned even earlier
                if (people[p].Gender != Gender.Unknown && people[p].Gender != gender) continue;
                best = p;
                break;
            }
            if (best < 0) continue;
            var person = people[best];
            person.Add(new DraftMention(start, _tokens[i].End, MentionKinds.Pronoun, null));
            if (person.Gender == Gender.Unknown) person.Gender = gender;
            lastEnd[best] = _tokens[i].End;
            lastSentence[best] = sentence;
            Seen(best);
        }
    }
}
