import ProgrammeCore

/// One region's record, as `show` prints it for people and as JSON.
struct RegionProfile {
  let regency: Regency
  let province: Province?
  let letters: [SelectionLetter]
  let mous: [MoU]
  let ceremonies: [String: SigningCeremony]
  let claims: [UnconfirmedClaim]
  let milestones: [Milestone]
  let quickWins: [QuickWin]

  init(regency: Regency, registry: Registry) {
    self.regency = regency
    province = registry.province(code: regency.province)
    letters = registry.letters.filter { $0.regencies.contains(regency.code) }.sorted { $0.date < $1.date }
    mous = registry.mous(of: regency.code)
    ceremonies = Dictionary(registry.ceremonies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    claims = registry.claims.filter { $0.regency == regency.code }.sorted { $0.cohort < $1.cohort }
    milestones = registry.milestones.filter { $0.regency == regency.code }.sorted { ($0.date, $0.kind) < ($1.date, $1.kind) }
    quickWins = registry.quickWins.filter { $0.regency == regency.code }.sorted { ($0.pillar.rawValue, $0.title) < ($1.pillar.rawValue, $1.title) }
  }

  func text(color: Bool) -> String {
    func clean(_ text: String) -> String { text.escapingControlCharacters }
    var lines: [String] = []
    lines.append(Style.bold("\(clean(regency.officialName)) (\(regency.code))", enabled: color))
    lines.append("Kind: \(regency.kind.rawValue); province: \(clean(province?.name ?? regency.province)) (\(regency.province))")
    if let source = regency.sources.first { lines.append("Code source: \(clean(source.citation))") }
    if mous.isEmpty && letters.isEmpty {
      lines.append("")
      lines.append("Not in the programme: no MoU or selection letter is registered for this region.")
    }
    // The timeline: letters, MoUs and milestones in date order.
    var entries: [(date: CalendarDate, order: Int, lines: [String])] = []
    for letter in letters {
      var lines: [String] = []
      lines.append(Style.bold("\(letter.date)  Selection letter \(clean(letter.number))", enabled: color))
      lines.append("  Date: \(letter.date) (\(letter.date.indonesianText)); cohort \(letter.cohort)")
      if let issuer = letter.issuer { lines.append("  Issuer: \(clean(issuer))") }
      if let subject = letter.subject { lines.append("  Subject: \(clean(subject))") }
      lines.append(contentsOf: sourceLines(letter.sources))
      entries.append((letter.date, 0, lines))
    }
    for mou in mous {
      let ceremony = mou.ceremony.flatMap { ceremonies[$0] }
      var lines: [String] = []
      lines.append(Style.bold("\(mou.signedOn)  MoU \(mou.id)", enabled: color))
      lines.append("  Cohort: \(mou.cohort); signed \(mou.signedOn) (\(mou.signedOn.indonesianText))")
      if let mode = mou.mode ?? ceremony?.mode { lines.append("  Mode: \(mode.rawValue)") }
      if let venue = mou.venue { lines.append("  Signed from: \(clean(venue))") }
      if let signatory = mou.regionalSignatory { lines.append("  Signatory: \(clean(signatory.summary))") }
      for official in mou.accompaniedBy { lines.append("  Accompanied by: \(clean(official.summary))") }
      if let ministry = mou.ministrySignatory ?? ceremony?.ministrySignatory {
        lines.append("  Counterpart: \(clean(ministry.summary))")
      }
      if let presided = mou.presidedBy ?? ceremony?.presidedBy { lines.append("  Presided by: \(clean(presided))") }
      if let ceremony {
        var text = "  Ceremony: \(ceremony.id), \(ceremony.mode.rawValue)"
        if let venue = ceremony.venue { text += ", \(clean(venue))" }
        if let city = ceremony.city { text += ", \(clean(city))" }
        if let count = ceremony.announcedSignatories { text += "; \(count) regions signed that day" }
        lines.append(text)
      }
      if let area = mou.area { lines.append("  Area: \(clean(area))") }
      if let letter = mou.letter { lines.append("  Selection letter: \(clean(letter))") }
      for point in mou.scope { lines.append("  Scope: \(point.summary)") }
      if let note = mou.note { lines.append("  Note: \(clean(note))") }
      let stage = Stage.of(signed: true, milestones: milestones.filter { $0.cohort == mou.cohort })
      lines.append("  Stage: \(stage.rawValue)")
      lines.append(contentsOf: sourceLines(mou.sources))
      entries.append((mou.signedOn, 1, lines))
    }
    for milestone in milestones {
      var heading = "\(milestone.date)"
      if let until = milestone.until { heading += " to \(until)" }
      var lines = [Style.bold("\(heading)  \(milestone.kind.title) (cohort \(milestone.cohort))", enabled: color)]
      if let regulation = milestone.regulation { lines.append("  Regulation: \(clean(regulation))") }
      if let note = milestone.note { lines.append("  Note: \(clean(note))") }
      lines.append(contentsOf: sourceLines(milestone.sources))
      entries.append((milestone.date, 2, lines))
    }
    for entry in entries.sorted(by: { ($0.date, $0.order) < ($1.date, $1.order) }) {
      lines.append("")
      lines.append(contentsOf: entry.lines)
    }
    if !quickWins.isEmpty {
      lines.append("")
      lines.append(Style.bold("Quick wins by pillar", enabled: color))
      for pillar in Pillar.allCases {
        let items = quickWins.filter { $0.pillar == pillar }
        guard !items.isEmpty else { continue }
        lines.append("  \(pillar.name)")
        for item in items {
          var text = "    \(clean(item.title)) (\(item.status.rawValue), cohort \(item.cohort)"
          if let start = item.start { text += ", from \(start)" }
          if let end = item.end { text += " to \(end)" }
          lines.append(text + ")")
          lines.append(contentsOf: sourceLines(item.sources).map { "  " + $0 })
        }
      }
    }
    for claim in claims {
      lines.append("")
      lines.append(Style.yellow("Unconfirmed: reported in cohort \(claim.cohort) (\(claim.confidence.rawValue) confidence); not counted as a member", enabled: color))
      if let note = claim.note { lines.append("  Note: \(clean(note))") }
      lines.append(contentsOf: sourceLines(claim.sources))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func sourceLines(_ sources: [Source]) -> [String] {
    guard !sources.isEmpty else { return ["  Source: (unsourced)"] }
    return sources.map { "  Source: \($0.citation.escapingControlCharacters)" }
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
