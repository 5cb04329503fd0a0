using Annalist.Documents;
using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Resolution;

internal sealed partial class DocumentResolution
{
    /// <summary>
    /// Marks the tokens of each mention and finds its name: a person's leading titles and
    /// honorifics ("President", "Mr.") and any leading "the" and trailing "'s" are not part of it.
    /// </summary>
    private void PrepareNames()
    {
        for (var k = 0; k < _mentions.Length; k++)
        {
            var m = _mentions[k];
            var n = _named[k] = new Named { Mention = m };
            if (m.Count <= 0 || m.First < 0 || m.First + m.Count > _tokens.Length || m.Start < 0 || m.End > _text.Length || m.Start >= m.End)
                continue; // not a mention of this text: skipped
            n.Valid = true;
            for (var t = m.First; t < m.First + m.Count; t++)
                if (_owner[t] < 0) _owner[t] = k;
            int first = m.First, end = m.First + m.Count;
            if (n.IsPerson)
            {
                if (Has(first - 1, WordClass.Honorific)) n.Gender = HonorificGender(first - 1);
                while (end - first > 1)
                {
                    if (Has(first, WordClass.Honorific))
                    {
                        if (n.Gender == Gender.Unknown) n.Gender = HonorificGender(first);
                        first++;
                    }
                    else if (_lexicon.Roles.Match(_text, _tokens, first, end - 1, out _) is var c and > 0) first += c;
                    else if (Has(first, WordClass.Determiner)) first++;
                    else break;
                }
            }
            else
                while (end - first > 1 && Has(first, WordClass.Determiner)) first++;
            while (end - first > 1 && Has(end - 1, WordClass.Possessive)) end--;
            n.First = first;
            n.End = end;
            n.WordCount = end - first;
            n.Name = end - first == 1 ? Word(first).ToString() : Spaced(first, end);
            var last = end - 1;
            while (last > first && Has(last, WordClass.NameSuffix)) last--;
            n.Surname = Word(last).ToString();
            if (n.IsPerson && n.WordCount > 1 && n.Gender == Gender.Unknown)
                n.Gender = ResolutionLexicon.GenderOf(_classes[first], WordClass.MaleName, WordClass.FemaleName);
        }
    }

    /// <summary>The words of tokens [first, end) as written, a space where the text has any ("Bashar al-Assad", not "al - Assad").</summary>
    private string Spaced(int first, int end)
    {
        var b = new System.Text.StringBuilder();
        for (var t = first; t < end; t++)
        {
            if (t > first && _tokens[t].Start > _tokens[t - 1].End) b.Append(' ');
            b.Append(Word(t));
        }
        return b.ToString();
    }

    private Gender HonorificGender(int token) =>
        ResolutionLexicon.GenderOf(_classes[token], WordClass.HonorificMale, WordClass.HonorificFemale);

    /// <summary>
    /// Links places, organisations and groups to the gazetteer: demonyms to their country,
    /// capitals acting for their country to the country (<see cref="CapitalActsForCountry"/>).
    /// </summary>
    private void LinkPlacesAndOrganizations()
    {
        // the countries the article names (by name or demonym, not by capital: that is what the capital rule decides)
        foreach (var n in _named)
        {
            if (!n.Valid || n.IsPerson) continue;
            if (_links.Gazetteer.Find(n.Name).FirstOrDefault(GazetteerLinks.IsCountry) is { Country: { } code }) _countries.Add(code);
            else if (_links.Demonym(n.Name, _countries) is { Country: { } c } d && GazetteerLinks.IsCountry(d)) _countries.Add(c);
        }
        foreach (var n in _named)
        {
            if (!n.Valid || n.IsPerson) continue;
            var type = n.Mention.Type;
            var entry = type == "GROUP" ? null : _links.Office(n.Name);
            // a short alias ("Congress") is that office only where the article is not about other
            // countries alone: in Indian news "Congress" is a party
            if (entry is { Country: { } seat } && n.Name != entry.Name && _countries.Count > 0 && !_countries.Contains(seat)) entry = null;
            // a group is first read as a demonym ("Russian"), anything else first as a name
            if (type == "GROUP" && _links.Demonym(n.Name, _countries) is { } group)
            {
                entry = group;
                n.Kind = MentionKinds.Demonym;
            }
            entry ??= _links.Link(n.Name, type, _countries);
            if (entry is null && _links.Demonym(n.Name, _countries) is { } people)
            {
                entry = people;
                n.Kind = MentionKinds.Demonym;
            }
            if (entry is { Country: { } capitalOf } && GazetteerLinks.IsCapital(entry) && _links.Country(capitalOf) is { } country
                && CapitalActsForCountry(n, capitalOf))
            {
                entry = country;
                n.Kind = MentionKinds.Metonym;
            }
            if (entry is not null) Add(DraftFor(entry), n);
        }
    }

    /// <summary>
    /// A capital stands for its country's government ("Kyiv's drone attack", "support to Kyiv",
    /// "Moscow's lead negotiator") unless the words around make it a place: a locative preposition
    /// or place word before it ("a summit in Vilnius", "travelled to Kyiv", "central Kyiv", "the
    /// mayor of Kyiv"), a place word after it ("Kyiv's mayor", "Moscow time"), or its country after
    /// a comma ("Kyiv, Ukraine"), or when it is written in capitals (a dateline). Otherwise it is the country when the article names that country,
    /// or when a verb of speech or decision follows ("Moscow denied").
    /// </summary>
    private bool CapitalActsForCountry(Named n, string country)
    {
        // a capital written in capitals is a dateline ("BERLIN, June 20 -"): where the report was filed
        var written = _text.AsSpan(n.Mention.Start, n.Mention.End - n.Mention.Start);
        if (written.Length >= 4 && !written.ContainsAnyInRange('a', 'z')) return false;
        var before = n.Mention.First - 1;
        if (Has(before, WordClass.Locative | WordClass.PlaceBefore)) return false;
        if (Is(before, "to") && Has(before - 1, WordClass.Motion)) return false;
        if (Is(before, "of") && Has(before - 1, WordClass.PlaceAfter)) return false;
        var after = n.Mention.First + n.Mention.Count;
        if (Has(after, WordClass.Possessive)) after++;
        if (Has(after, WordClass.PlaceAfter)) return false;
        if (Is(after, ",") && At(after + 1) is { IsPerson: false } next
            && _links.Gazetteer.Find(next.Name).Any(e => GazetteerLinks.IsCountry(e) && e.Country == country)) return false;
        return _countries.Contains(country) || Has(after, WordClass.ActorAfter);
    }

    /// <summary>
    /// People: full names first (one entity per name, "V. Zelenskyy" and "Volodymyr Zelenskyy"
    /// alike, near-identical spellings of long names alike), then single words: a surname or first
    /// name of a full name (the nearest one before, else the first after), an earlier single word,
    /// a gazetteer name ("Putin"), a typo of a name already seen, else a new person.
    /// </summary>
    private void ClusterPeople()
    {
        // person drafts by the surnames and first words of their full names, so a single word
        // looks only at the people it could name
        var bySurname = new Dictionary<string, List<Draft>>(StringComparer.OrdinalIgnoreCase);
        var byFirst = new Dictionary<string, List<Draft>>(StringComparer.OrdinalIgnoreCase);
        // and by the first letter of their names, for the typo checks (a typo keeps the first letter)
        var byInitial = new Dictionary<char, List<Draft>>();
        foreach (var n in _named)
        {
            if (!n.Valid || !n.IsPerson || n.WordCount < 2) continue;
            var entry = _links.Link(n.Name, "PERSON", _countries);
            var first = Word(n.First).ToString();
            Draft? d = entry is not null && _byEntry.TryGetValue(entry.Id, out var linked) ? linked.Root : null;
            bool Same(Draft x) => (entry is null || x.Entry is null || x.Entry == entry)
                && x.FullNames.Exists(f => SamePerson(first, n.Surname, f.First, f.Surname));
            if (d is null && bySurname.TryGetValue(n.Surname, out var sharing)) d = Nearest(n.Mention.Start, sharing, Same);
            if (d is null && byInitial.TryGetValue(Initial(n.Surname), out var alike)) d = Nearest(n.Mention.Start, alike, Same); // a misspelled surname
            if (d is null) d = entry is not null ? DraftFor(entry) : NewDraft(person: true);
            else if (entry is not null && d.Entry is null)
            {
                d.Entry = entry;
                d.Name = entry.Name;
                d.Country = entry.Country;
                _byEntry[entry.Id] = d;
            }
            if (!d.FullNames.Exists(f => f.First.Equals(first, StringComparison.OrdinalIgnoreCase) && f.Surname.Equals(n.Surname, StringComparison.OrdinalIgnoreCase)))
                d.FullNames.Add((first, n.Surname));
            Index(bySurname, n.Surname, d);
            Index(byFirst, first, d);
            Index(byInitial, Initial(n.Surname), d);
            Add(d, n);
        }
        var singles = new Dictionary<string, Draft>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in _named)
        {
            if (!n.Valid || !n.IsPerson || n.WordCount != 1) continue;
            var word = n.Name;
            Draft? d = null;
            if (bySurname.TryGetValue(word, out var sharing)) d = Nearest(n.Mention.Start, sharing, _ => true);
            if (d is null && byFirst.TryGetValue(word, out var named) && named.Select(x => x.Root).Distinct().Count() == 1) d = named[0].Root;
            if (d is null && singles.TryGetValue(word, out var seen)) d = seen.Root;
            if (d is null && _links.Link(word, "PERSON", _countries) is { } entry) d = DraftFor(entry);
            // a word seen for the first time may be a typo of a name already seen
            if (d is null && byInitial.TryGetValue(Initial(word), out var alike))
                d = Nearest(n.Mention.Start, alike, x => x.FullNames.Exists(f => NameText.IsTypoOf(word, f.Surname))
                    || (x.FullNames.Count == 0 && NameText.IsTypoOf(word, x.Name)));
            if (d is null)
            {
                d = NewDraft(person: true);
                Index(byInitial, Initial(word), d);
            }
            singles[word] = d;
            Add(d, n);
        }
    }

    private static char Initial(string name) => name.Length == 0 ? '\0' : char.ToLowerInvariant(name[0]);

    private static void Index<TKey>(Dictionary<TKey, List<Draft>> index, TKey key, Draft d) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(d)) list.Add(d);
    }

    private static bool SamePerson(string first1, string surname1, string first2, string surname2)
    {
        if (!surname1.Equals(surname2, StringComparison.OrdinalIgnoreCase) && !NameText.IsTypoOf(surname1, surname2)) return false;
        return first1.Equals(first2, StringComparison.OrdinalIgnoreCase) || IsInitialOf(first1, first2) || IsInitialOf(first2, first1)
            || NameText.IsTypoOf(first1, first2);
    }

    // "V." or "V" for Volodymyr
    private static bool IsInitialOf(string initial, string name) =>
        initial.TrimEnd('.').Length == 1 && name.Length > 1 && char.ToUpperInvariant(initial[0]) == char.ToUpperInvariant(name[0]);

    /// <summary>
    /// Of the <paramref name="candidates"/> (merged ones stand for their root), the person draft
    /// matching <paramref name="match"/> mentioned last before <paramref name="position"/>, else the first one after.
    /// </summary>
    private static Draft? Nearest(int position, IEnumerable<Draft> candidates, Func<Draft, bool> match)
    {
        Draft? best = null;
        int bestBefore = -1, bestAfter = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = c.Root;
            if (!d.IsPerson || d.Mentions.Count == 0 || !match(d)) continue;
            var before = d.LastBefore(position);
            if (before >= 0)
            {
                if (before > bestBefore) (best, bestBefore) = (d, before);
            }
            else if (bestBefore < 0 && d.FirstStart < bestAfter) (best, bestAfter) = (d, d.FirstStart);
        }
        return best;
    }

    /// <summary>
    /// Names of places, organisations and the rest that the gazetteer does not know: one entity per
    /// name within a type family, an acronym joined to the name whose initials it spells (OSCE),
    /// a near-identical spelling of a long name joined to the name.
    /// </summary>
    private void ClusterOtherNames()
    {
        var byName = new Dictionary<string, Draft>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in _named)
        {
            if (!n.Valid || n.IsPerson || n.Draft is not null) continue;
            var key = GazetteerLinks.Category(n.Mention.Type) + ":" + n.Name;
            if (!byName.TryGetValue(key, out var d)) byName[key] = d = NewDraft(person: false);
            Add(d, n);
        }
        // by first letter: an acronym starts with its name's initial, a typo keeps the first letter
        var byInitial = new Dictionary<char, List<Draft>>();
        foreach (var d in _drafts)
            if (!d.IsPerson && d.Mentions.Count > 0) Index(byInitial, Initial(d.Name), d);
        foreach (var list in byInitial.Values)
            foreach (var d in list)
            {
                if (d.Entry is not null || NameText.AcronymLetters(d.Name) is not { } letters) continue;
                var full = list.Find(x => x != d && x.Into is null && x.Name.Contains(' ') && SpellsInitials(letters, x.Name));
                if (full is not null) d.MergeInto(full);
            }
        foreach (var list in byInitial.Values)
            foreach (var d in list)
            {
                if (d.Into is not null || d.Entry is not null || NameText.AllowedTypos(d.Name.Length) == 0) continue;
                var category = GazetteerLinks.Category(d.Mentions[0].Type ?? "");
                var same = list.Find(x => x != d && x.Into is null && x.FirstStart < d.FirstStart
                    && GazetteerLinks.Category(x.Mentions[0].Type ?? "") == category && NameText.IsTypoOf(d.Name, x.Name));
                if (same is not null) d.MergeInto(same);
            }
    }

    /// <summary>Whether an acronym's letters are the initials of a name's words, without or with its small words.</summary>
    private bool SpellsInitials(string letters, string name)
    {
        Span<char> content = stackalloc char[16];
        Span<char> all = stackalloc char[16];
        int c = 0, a = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var w = name.AsSpan(range);
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            var initial = char.ToUpperInvariant(w[0]);
            if (a < 16) all[a++] = initial;
            if ((_lexicon.Classify(w) & WordClass.AcronymSkip) == 0 && c < 16) content[c++] = initial;
        }
        return letters.AsSpan().SequenceEqual(content[..c]) || letters.AsSpan().SequenceEqual(all[..a]);
    }

    /// <summary>
    /// Gives every entity its type and id, and merges entities that end with one id (the same
    /// gazetteer entry, or the same derived name and type). A person linked to the gazetteer
    /// takes its roles valid at the article's date.
    /// </summary>
    private void AssignIds()
    {
        var byId = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var d in _drafts.ToList())
        {
            if (d.Into is not null || d.Mentions.Count == 0) continue;
            d.Type = d.Entry?.Type ?? (d.IsPerson ? "PERSON" : MostCommonType(d));
            d.Id = d.Entry?.Id ?? NameText.DerivedId(d.Type, d.Name);
            if (byId.TryGetValue(d.Id, out var same)) d.MergeInto(same);
            else byId[d.Id] = d;
        }
        foreach (var d in Roots())
            if (d.Entry is not null && d.IsPerson)
                foreach (var r in _roles.Of(d.Entry))
                    if (r.ValidAt(_date)) d.Titles.Add(new Title(r.Role, r.Text, r.Affiliation, FromArticle: false));
    }

    /// <summary>
    /// An organization with no country of its own takes the one the article gives it, when it
    /// gives one only: "Iran's Foreign Ministry", "the Iranian Foreign Ministry", "Russian Defence
    /// Ministry" (the demonym in the name or just before it).
    /// </summary>
    private void OrganizationCountries()
    {
        var found = new Dictionary<Draft, string>();
        foreach (var n in _named)
        {
            if (!n.Valid || n.Kind != MentionKinds.Name || n.Draft?.Root is not { Type: "ORGANIZATION", Country: null } d) continue;
            var before = n.Mention.First - 1;
            if (Has(before, WordClass.Possessive)) before--;
            var code = At(before)?.Draft?.Root.Entry is { } e && GazetteerLinks.IsCountry(e) ? e.Country
                : n.WordCount > 1 && _links.Demonym(Word(n.Mention.First).ToString(), _countries) is { } people && GazetteerLinks.IsCountry(people) ? people.Country
                : null;
            if (code is null) continue;
            // two countries for one name ("Iran's" and "Russia's Foreign Ministry"): neither
            found[d] = found.TryGetValue(d, out var had) && had != code ? "" : code;
        }
        foreach (var (d, code) in found)
            if (code.Length > 0) d.Country = code;
        // a state's institution named by common words alone ("the Interior Ministry") is the one of
        // the country the article is mostly about, and is keyed by it, so that the registry keeps
        // Egypt's and Iran's apart
        var main = MainCountry();
        foreach (var d in Roots())
        {
            if (d is not { Type: "ORGANIZATION", Entry: null } || found.GetValueOrDefault(d) == "" || !IsInstitution(d.Name)) continue;
            d.Country ??= main;
            if (d.Country is { } c) d.Id = NameText.DerivedId(d.Type, c + " " + d.Name);
        }
    }

    /// <summary>The country the article names most, when it names it at least twice and twice as often as any other.</summary>
    private string? MainCountry()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in _named)
            if (n.Valid && n.Draft?.Root.Entry is { Country: { } code } e && GazetteerLinks.IsCountry(e))
                counts[code] = counts.GetValueOrDefault(code) + 1;
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 2) return null;
        return ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
    }

    /// <summary>
    /// "Foreign Ministry", "Ministry of Interior", "Supreme Court": an institution head (<c>@institution</c>)
    /// and otherwise words that name nothing (no place, people or entry of the gazetteer, nothing
    /// supranational).
    /// </summary>
    private bool IsInstitution(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        var of = Array.FindIndex(words, w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
        var head = of > 0 ? words[of - 1] : words[^1];
        if ((_lexicon.Classify(head) & WordClass.Institution) == 0) return false;
        foreach (var w in words)
        {
            if (w == head || (_lexicon.Classify(w) & WordClass.AcronymSkip) != 0) continue;
            if ((_lexicon.Classify(w) & WordClass.Supranational) != 0 || !char.IsUpper(w[0])) return false;
            if (_links.Gazetteer.Find(w).Any() || _links.Demonym(w, _countries) is not null) return false;
        }
        return true;
    }

    private static readonly string[] Types = ["PERSON", "ORGANIZATION", "GPE", "LOCATION", "GROUP", "FACILITY", "EVENT", "OTHER"];

    /// <summary>The type the NER gave most of the entity's names (the earlier-listed type on a tie).</summary>
    private static string MostCommonType(Draft d)
    {
        Span<int> counts = stackalloc int[Types.Length];
        foreach (var m in d.Mentions)
            if (m.Type is not null && Array.IndexOf(Types, m.Type) is var i and >= 0) counts[i]++;
        var best = Types.Length - 1;
        for (var i = 0; i < Types.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return Types[best];
    }
}
