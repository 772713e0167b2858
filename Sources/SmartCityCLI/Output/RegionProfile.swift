import ProgrammeCore

/// One region's record, as `show` prints it for people and as JSON.
struct RegionProfile {
  let regency: Regency
  let province: Province?
  let letters: [SelectionLetter]
  let mous: [MoU]
  let ceremonies: [String: SigningCeremony]
  /// The MoUs as signed (`MoUAsSigned`): what each takes from its ceremony.
  let signings: [MoUAsSigned]
  let claims: [UnconfirmedClaim]
  let milestones: [Milestone]
  let quickWins: [QuickWin]

  init(regency: Regency, registry: Registry) {
    self.regency = regency
    province = registry.province(code: regency.province)
    letters = registry.letters.filter { $0.regencies.contains(regency.code) }.sorted { $0.date < $1.date }
    mous = registry.mous(of: regency.code)
    signings = mous.map { MoUAsSigned($0, in: registry) }
    ceremonies = Dictionary(registry.ceremonies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    claims = registry.claims.filter { $0.regency == regency.code }.sorted { $0.cohort < $1.cohort }
    milestones = registry.milestones.filter { $0.regency == regency.code }.sorted { ($0.date, $0.kind) < ($1.date, $1.kind) }
    quickWins = registry.quickWins.filter { $0.regency == regency.code }.sorted {
      ($0.pillar.rawValue, $0.title) < ($1.pillar.rawValue, $1.title)
    }
  }

  /// The profile for people: the region, then its letters, MoUs and milestones in date order,
  /// its quick wins by pillar and any unconfirmed reports.
  func text(color: Bool, language: Language) -> String {
    func clean(_ text: String) -> String { text.escapingControlCharacters }
    func say(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
      Phrase(message, values).text(in: language)
    }
    func date(_ date: CalendarDate) -> Phrase.Value { .date(date) }
    func date(_ date: ReportedDate) -> Phrase.Value { .date(date) }
    // The fields no line below lays out, such as one declared after this profile was written.
    func otherLines(_ record: JSONValue, _ collection: Collection, indent: String = "  ") -> [String] {
      RecordFields.others(of: record, in: collection).map { "\(indent)\($0.name): \(clean($0.value))" }
    }
    var lines: [String] = []
    lines.append(Style.bold("\(clean(regency.officialName)) (\(regency.code))", enabled: color))
    lines.append(
      say(
        .profileKindAndProvince,
        [
          "kind": "\(regency.kind.rawValue)", "province": "\(clean(province?.name ?? regency.province))",
          "code": "\(regency.province)",
        ]))
    for source in regency.sources {
      lines.append(say(.profileCodeSource, ["source": "\(clean(source.citation(in: language)))"]))
      if let note = source.note { lines.append(say(.profileSourceNote, ["note": "\(clean(note))"])) }
    }
    if mous.isEmpty && letters.isEmpty {
      lines.append("")
      lines.append(say(.profileNotInProgramme))
    }
    // The timeline: letters, MoUs and milestones in date order.
    // A timeline by the first day each entry may be (a month-only step sorts at its month's start).
    var entries: [(date: ReportedDate, order: Int, lines: [String])] = []
    for letter in letters {
      var lines: [String] = []
      lines.append(
        Style.bold(say(.profileLetterHeading, ["date": date(letter.date), "number": "\(clean(letter.number))"]), enabled: color))
      lines.append(say(.profileLetterDate, ["date": date(letter.date), "cohort": "\(letter.cohort)"]))
      if let issuer = letter.issuer { lines.append(say(.profileIssuer, ["issuer": "\(clean(issuer))"])) }
      if let subject = letter.subject { lines.append(say(.profileSubject, ["subject": "\(clean(subject))"])) }
      if let note = letter.note { lines.append(say(.profileNote, ["note": "\(clean(note))"])) }
      lines.append(contentsOf: otherLines(letter.jsonValue, .letters))
      lines.append(contentsOf: sourceLines(letter.sources, language))
      entries.append((ReportedDate(letter.date), 0, lines))
    }
    for signed in signings {
      let (mou, ceremony) = (signed.mou, signed.ceremony)
      var lines: [String] = []
      lines.append(Style.bold(say(.profileMoUHeading, ["date": date(mou.signedOn), "id": "\(mou.id)"]), enabled: color))
      lines.append(say(.profileMoUCohort, ["cohort": "\(mou.cohort)", "date": date(mou.signedOn)]))
      if let mode = signed.mode { lines.append(say(.profileMode, ["mode": "\(mode.rawValue)"])) }
      if let venue = signed.signedFrom { lines.append(say(.profileSignedFrom, ["venue": "\(clean(venue))"])) }
      if let signatory = mou.regionalSignatory {
        lines.append(say(.profileSignatory, ["person": "\(clean(signatory.summary(in: language)))"]))
      }
      for official in mou.accompaniedBy {
        lines.append(say(.profileAccompaniedBy, ["person": "\(clean(official.summary(in: language)))"]))
      }
      if let ministry = signed.ministrySignatory {
        lines.append(say(.profileCounterpart, ["person": "\(clean(ministry.summary(in: language)))"]))
      }
      if let presided = signed.presidedBy {
        lines.append(say(.profilePresidedBy, ["person": "\(clean(presided))"]))
      }
      if let ceremony {
        var text = say(.profileCeremony, ["id": "\(ceremony.id)", "mode": "\(ceremony.mode.rawValue)"])
        if let venue = ceremony.venue { text += ", \(clean(venue))" }
        if let city = ceremony.city { text += ", \(clean(city))" }
        if ReportedDate(ceremony.date) != mou.signedOn { text += ", " + say(.profileHeldOn, ["date": date(ceremony.date)]) }
        if let count = ceremony.announcedSignatories { text += say(.profileSignedThatDay, ["count": .number(count)]) }
        lines.append(text)
        if let note = ceremony.note { lines.append(say(.profileCeremonyNote, ["note": "\(clean(note))"])) }
        lines.append(contentsOf: otherLines(ceremony.jsonValue, .ceremonies, indent: "    "))
      }
      if let area = mou.area { lines.append(say(.profileArea, ["area": "\(clean(area))"])) }
      if let letter = mou.letter { lines.append(say(.profileSelectionLetter, ["number": "\(clean(letter))"])) }
      if let number = mou.number { lines.append(say(.profileMoUNumber, ["number": "\(clean(number))"])) }
      for point in mou.scope { lines.append(say(.profileScope, ["point": .phrase(Phrase(point.summary))])) }
      if let inferred = mou.inferred { lines.append(say(.profileInferred, ["inferred": "\(clean(inferred))"])) }
      if let note = mou.note { lines.append(say(.profileNote, ["note": "\(clean(note))"])) }
      lines.append(contentsOf: otherLines(mou.jsonValue, .mous))
      let steps = milestones.filter { $0.cohort == mou.cohort }
      let stage = Stage.of(signed: true, milestones: steps)
      lines.append(say(.profileStage, ["stage": "\(stage.rawValue)", "count": .number(steps.count)]))
      if let confidence = mou.confidence {
        lines.append(
          say(
            .profileConfidence,
            [
              "confidence": "\(confidence.rawValue)",
              "sources": .phrase(
                Phrase(mou.sources.count == 1 ? .profileOneSource : .profileSources, ["count": .number(mou.sources.count)])),
              "publishers": .phrase(
                Phrase(
                  mou.sources.independentCount == 1 ? .profileOnePublisher : .profilePublishers,
                  ["count": .number(mou.sources.independentCount)])),
            ]))
      }
      lines.append(contentsOf: sourceLines(mou.sources, together: mou.evidence, language))
      entries.append((mou.signedOn, 1, lines))
    }
    for milestone in milestones {
      let when =
        milestone.until.map { Phrase.Value.phrase(Phrase(.dateRange, ["from": date(milestone.date), "to": date($0)])) }
        ?? date(milestone.date)
      var lines = [
        Style.bold(
          say(
            .profileMilestoneHeading,
            ["when": when, "what": .phrase(Phrase(milestone.kind.title)), "cohort": "\(milestone.cohort)"]),
          enabled: color),
        say(.profileRecordID, ["id": "\(milestone.id)"]),
      ]
      if let regulation = milestone.regulation { lines.append(say(.profileRegulation, ["regulation": "\(clean(regulation))"])) }
      if let note = milestone.note { lines.append(say(.profileNote, ["note": "\(clean(note))"])) }
      lines.append(contentsOf: otherLines(milestone.jsonValue, .milestones))
      lines.append(contentsOf: sourceLines(milestone.sources, together: milestone.evidence, language))
      entries.append((milestone.date, 2, lines))
    }
    for entry in entries.sorted(by: { ($0.date, $0.order) < ($1.date, $1.order) }) {
      lines.append("")
      lines.append(contentsOf: entry.lines)
    }
    if !quickWins.isEmpty {
      lines.append("")
      lines.append(Style.bold(say(.profileQuickWins), enabled: color))
      for pillar in Pillar.allCases {
        let items = quickWins.filter { $0.pillar == pillar }
        guard !items.isEmpty else { continue }
        lines.append("  \(pillar.name)")
        for item in items {
          var details = [
            Phrase.Value.text(item.status.title.text(in: language).lowercased()),
            .phrase(Phrase(.profileQuickWinCohort, ["cohort": "\(item.cohort)"])),
          ]
          if let start = item.start { details.append(.phrase(Phrase(.profileFrom, ["date": date(start)]))) }
          var text = "    \(clean(item.title)) (" + Phrase.Value.list(details).text(in: language)
          if let end = item.end { text += say(.profileUntil, ["date": date(end)]) }
          lines.append(text + ")")
          lines.append("  " + say(.profileRecordID, ["id": "\(item.id)"]))
          if let note = item.note { lines.append("  " + say(.profileNote, ["note": "\(clean(note))"])) }
          lines.append(contentsOf: otherLines(item.jsonValue, .quickWins, indent: "    "))
          lines.append(contentsOf: sourceLines(item.sources, language).map { "  " + $0 })
        }
      }
    }
    for claim in claims {
      lines.append("")
      lines.append(
        Style.yellow(
          say(.profileUnconfirmed, ["cohort": "\(claim.cohort)", "confidence": "\(claim.confidence.rawValue)"]), enabled: color))
      lines.append(say(.profileRecordID, ["id": "\(claim.id)"]))
      if let year = claim.year { lines.append(say(.profileYearReported, ["year": "\(year)"])) }
      if let note = claim.note { lines.append(say(.profileNote, ["note": "\(clean(note))"])) }
      lines.append(contentsOf: otherLines(claim.jsonValue, .claims))
      lines.append(contentsOf: sourceLines(claim.sources, together: claim.evidence, language))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Each source with its publisher, date and address, and the evidence it gives: once after
  /// a run of sources that give the same paraphrase, so it is read once; then what the sources
  /// state together, where the record gives one paraphrase for them all (no page is credited
  /// with it).
  func sourceLines(_ sources: [Source], together: String? = nil, _ language: Language) -> [String] {
    guard !sources.isEmpty else { return [Phrase(.profileUnsourced).text(in: language)] }
    var lines: [String] = []
    for (index, source) in sources.enumerated() {
      lines.append(Phrase(.profileSource, ["source": "\(source.citation(in: language))"]).text(in: language))
      if let note = source.note {
        lines.append(Phrase(.profileSourceNote, ["note": "\(note)"]).text(in: language))
      }
      let next = index + 1 < sources.count ? sources[index + 1].evidence : nil
      if let evidence = source.evidence, evidence != next {
        lines.append(Phrase(.profileEvidence, ["evidence": "\(evidence)"]).text(in: language))
      }
    }
    if let together {
      lines.append(Phrase(.profileEvidenceTogether, ["evidence": "\(together)"]).text(in: language))
    }
    return lines
  }

  var jsonValue: JSONValue {
    .object([
      "regency": regency.jsonValue,
      "province": province?.jsonValue ?? .null,
      "letters": .array(letters.map(\.jsonValue)),
      "mous": .array(mous.map(\.jsonValue)),
      "ceremonies": .array(Set(mous.compactMap(\.ceremony)).sorted().compactMap { ceremonies[$0]?.jsonValue }),
      "unconfirmedClaims": .array(claims.map(\.jsonValue)),
      "milestones": .array(milestones.map(\.jsonValue)),
      "quickWins": .array(quickWins.map(\.jsonValue)),
      "inProgramme": .bool(!mous.isEmpty),
    ])
  }
}

// MARK: - Messages

extension Message {
  static let profileKindAndProvince = Message(
    english: "Kind: {kind}; province: {province} ({code})",
    indonesian: "Jenis: {kind}; provinsi: {province} ({code})")
  static let profileCodeSource = Message(
    english: "Code source: {source}",
    indonesian: "Sumber kode: {source}")
  static let profileNotInProgramme = Message(
    english: "Not in the programme: no MoU or selection letter is registered for this region.",
    indonesian: "Tidak dalam program: belum ada nota kesepakatan atau surat penetapan yang tercatat untuk daerah ini.")
  static let profileLetterHeading = Message(
    english: "{date}  Selection letter {number}",
    indonesian: "{date}  Surat penetapan {number}")
  static let profileLetterDate = Message(
    english: "  Date: {date}; cohort {cohort}",
    indonesian: "  Tanggal: {date}; angkatan {cohort}")
  static let profileIssuer = Message(
    english: "  Issuer: {issuer}",
    indonesian: "  Penerbit: {issuer}")
  static let profileSubject = Message(
    english: "  Subject: {subject}",
    indonesian: "  Perihal: {subject}")
  static let profileMoUHeading = Message(
    english: "{date}  MoU {id}",
    indonesian: "{date}  Nota kesepakatan {id}")
  static let profileMoUCohort = Message(
    english: "  Cohort: {cohort}; signed {date}",
    indonesian: "  Angkatan: {cohort}; ditandatangani {date}")
  static let profileMode = Message(
    english: "  Mode: {mode}",
    indonesian: "  Cara: {mode}")
  static let profileSignedFrom = Message(
    english: "  Signed from: {venue}",
    indonesian: "  Ditandatangani dari: {venue}")
  static let profileSignatory = Message(
    english: "  Signatory: {person}",
    indonesian: "  Penanda tangan: {person}")
  static let profileAccompaniedBy = Message(
    english: "  Accompanied by: {person}",
    indonesian: "  Didampingi: {person}")
  static let profileCounterpart = Message(
    english: "  Counterpart: {person}",
    indonesian: "  Pihak kementerian: {person}")
  static let profilePresidedBy = Message(
    english: "  Presided by: {person}",
    indonesian: "  Dipimpin oleh: {person}")
  static let profileCeremony = Message(
    english: "  Ceremony: {id}, {mode}",
    indonesian: "  Seremoni: {id}, {mode}")
  static let profileArea = Message(
    english: "  Area: {area}",
    indonesian: "  Kawasan: {area}")
  static let profileSelectionLetter = Message(
    english: "  Selection letter: {number}",
    indonesian: "  Surat penetapan: {number}")
  static let profileScope = Message(
    english: "  Scope: {point}",
    indonesian: "  Ruang lingkup: {point}")
  static let profileInferred = Message(
    english: "  Inferred, not reported: {inferred}",
    indonesian: "  Disimpulkan, bukan diberitakan: {inferred}")
  static let profileNote = Message(
    english: "  Note: {note}",
    indonesian: "  Catatan: {note}")
  static let profileStage = Message(
    english: "  Stage: {stage} (steps reported after the signing: {count}; a step without a report is unknown, not undone)",
    indonesian:
      "  Tahap: {stage} (tahapan yang diberitakan setelah penandatanganan: {count}; tahapan tanpa berita tidak diketahui, bukan berarti tidak terjadi)"
  )
  static let profileMilestoneHeading = Message(
    english: "{when}  {what} (cohort {cohort})",
    indonesian: "{when}  {what} (angkatan {cohort})")
  static let profileRegulation = Message(
    english: "  Regulation: {regulation}",
    indonesian: "  Peraturan: {regulation}")
  static let profileQuickWinCohort = Message(
    english: "cohort {cohort}",
    indonesian: "angkatan {cohort}")
  static let profileFrom = Message(
    english: "from {date}",
    indonesian: "sejak {date}")
  static let profileUntil = Message(
    english: " to {date}",
    indonesian: " sampai {date}")
  static let profileUnconfirmed = Message(
    english: "Unconfirmed: reported in cohort {cohort} ({confidence} confidence); not counted as a member",
    indonesian:
      "Belum terkonfirmasi: diberitakan dalam angkatan {cohort} (keyakinan {confidence}); tidak dihitung sebagai anggota")
  static let profileSource = Message(
    english: "  Source: {source}",
    indonesian: "  Sumber: {source}")
  static let profileEvidence = Message(
    english: "    Evidence: {evidence}",
    indonesian: "    Bukti: {evidence}")
  static let profileEvidenceTogether = Message(
    english: "  Evidence of these sources together: {evidence}",
    indonesian: "  Bukti dari sumber-sumber ini bersama-sama: {evidence}")
  static let profileConfidence = Message(
    english: "  Confidence: {confidence} ({sources} from {publishers})",
    indonesian: "  Keyakinan: {confidence} ({sources} dari {publishers})")
  static let profileOneSource = Message(english: "1 source", indonesian: "1 sumber")
  static let profileSources = Message(english: "{count} {count|source|sources}", indonesian: "{count} sumber")
  static let profileOnePublisher = Message(english: "1 independent publisher", indonesian: "1 penerbit independen")
  static let profilePublishers = Message(
    english: "{count} independent {count|publisher|publishers}", indonesian: "{count} penerbit independen")
  static let profileMoUNumber = Message(
    english: "  MoU number: {number}",
    indonesian: "  Nomor nota kesepakatan: {number}")
  static let profileSourceNote = Message(
    english: "    Note: {note}",
    indonesian: "    Catatan: {note}")
  static let profileCeremonyNote = Message(
    english: "    Ceremony note: {note}",
    indonesian: "    Catatan seremoni: {note}")
  static let profileHeldOn = Message(
    english: "held {date}",
    indonesian: "diadakan {date}")
  static let profileRecordID = Message(
    english: "  Id: {id}",
    indonesian: "  ID: {id}")
  static let profileYearReported = Message(
    english: "  Year reported: {year}",
    indonesian: "  Tahun yang diberitakan: {year}")
  static let profileUnsourced = Message(
    english: "  Source: (unsourced)",
    indonesian: "  Sumber: (tanpa sumber)")
}
