import ProgrammeCore

/// One region's record, as `show` prints it for people and as JSON.
struct RegionProfile {
  let regency: Regency
  let province: Province?
  let letters: [SelectionLetter]
  let mous: [MoU]
  let ceremonies: [String: SigningCeremony]
  let claims: [UnconfirmedClaim]

  init(regency: Regency, registry: Registry) {
    self.regency = regency
    province = registry.province(code: regency.province)
    letters = registry.letters.filter { $0.regencies.contains(regency.code) }.sorted { $0.date < $1.date }
    mous = registry.mous(of: regency.code)
    ceremonies = Dictionary(registry.ceremonies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    claims = registry.claims.filter { $0.regency == regency.code }.sorted { $0.cohort < $1.cohort }
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
    for letter in letters {
      lines.append("")
      lines.append(Style.bold("Selection letter \(clean(letter.number))", enabled: color))
      lines.append("  Date: \(letter.date) (\(letter.date.indonesianText)); cohort \(letter.cohort)")
      if let issuer = letter.issuer { lines.append("  Issuer: \(clean(issuer))") }
      if let subject = letter.subject { lines.append("  Subject: \(clean(subject))") }
      lines.append(contentsOf: sourceLines(letter.sources))
    }
    for mou in mous {
      let ceremony = mou.ceremony.flatMap { ceremonies[$0] }
      lines.append("")
      lines.append(Style.bold("MoU \(mou.id)", enabled: color))
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
      lines.append(contentsOf: sourceLines(mou.sources))
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
      "inProgramme": .bool(!mous.isEmpty),
    ])
  }
}
