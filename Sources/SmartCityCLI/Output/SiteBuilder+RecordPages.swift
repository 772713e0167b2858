import ProgrammeCore

/// The site's pages of records: a cohort (or one phase of it), a province, a region, and the
/// members' table they share.
extension SiteBuilder {
  func cohortPage(_ cohort: Cohort, phase: CohortPhase?, _ data: PageData) -> String {
    let path = "cohorts/\(phase.map { "\(cohort.id)-\($0.year)" } ?? cohort.id).html"
    let line = data.report.cohorts.first { $0.id == cohort.id && $0.phaseYear == phase?.year }
    let members = data.participants.filter { $0.cohort == cohort.id && (phase == nil || $0.signedOn?.year == phase?.year) }
    let title =
      phase.map { Phrase(.sitePhase, ["cohort": .text(cohort.id), "phase": .number($0.year)]).text(in: language) }
      ?? cohort.title
    var body = "<h1>\(e(title))</h1>\n<dl>"
    body += "<dt>\(say(.columnCohort))</dt><dd>\(e(cohort.id))\(cohort.track.map { " · " + e($0) } ?? "")</dd>"
    body +=
      "<dt>\(say(.siteYears))</dt><dd>\((phase.map { [$0.year] } ?? cohort.years).map { "\($0)" }.joined(separator: ", "))</dd>"
    if let line { body += "<dt>\(say(.columnCoverage))</dt><dd>\(e(line.coverage.text(in: language)))</dd>" }
    if let note = phase?.note { body += "<dt>\(say(.columnNote))</dt><dd>\(e(note))</dd>" }
    if let note = cohort.note { body += "<dt>\(say(.columnNote))</dt><dd>\(e(note))</dd>" }
    body += RecordFields.others(of: cohort.jsonValue, in: .cohorts).map { "<dt>\(e($0.name))</dt><dd>\(e($0.value))</dd>" }
      .joined()
    body += "</dl>" + sourceList(cohort.sources)
    if phase == nil, !cohort.phases.isEmpty {
      body +=
        "<ul>"
        + cohort.phases.map {
          "<li><a href=\"\(link("\(cohort.id)-\($0.year).html"))\">\(e(Phrase(.sitePhase, ["cohort": .text(cohort.id), "phase": .number($0.year)]).text(in: language)))</a></li>"
        }.joined() + "</ul>"
    }
    let ceremonies = registry.ceremonies.filter { $0.cohort == cohort.id && (phase == nil || $0.date.year == phase?.year) }
    if !ceremonies.isEmpty {
      body += "<h2>\(say(.siteCeremonies))</h2><ul>"
      for ceremony in ceremonies.sorted(by: { $0.date < $1.date }) {
        var text = e(ceremony.date.text(in: language)) + ", " + e(ceremony.mode.rawValue)
        for part in [ceremony.venue, ceremony.city].compactMap({ $0 }) { text += ", " + e(part) }
        if let count = ceremony.announcedSignatories { text += say(.profileSignedThatDay, ["count": .number(count)]) }
        text += " <span class=\"id\">\(e(ceremony.id))</span>"
        var facts: [(Message, String)] = []
        if let presided = ceremony.presidedBy { facts.append((.sitePresidedBy, e(presided))) }
        if let ministry = ceremony.ministrySignatory { facts.append((.siteCounterpart, e(ministry.summary(in: language)))) }
        if let note = ceremony.note { facts.append((.columnNote, e(note))) }
        body += "<li>\(text)\(factList(facts, others: ceremony.jsonValue, of: .ceremonies))\(sourceList(ceremony.sources))</li>"
      }
      body += "</ul>"
    }
    let letters = registry.letters.filter { $0.cohort == cohort.id }
    if !letters.isEmpty && phase == nil {
      body += "<h2>\(say(.siteLetters))</h2><ul>"
      for letter in letters.sorted(by: { $0.date < $1.date }) {
        var facts: [(Message, String)] = []
        if let issuer = letter.issuer { facts.append((.siteIssuer, e(issuer))) }
        if let note = letter.note { facts.append((.columnNote, e(note))) }
        body +=
          "<li>\(e(letter.number)), \(e(letter.date.text(in: language)))\(letter.subject.map { ": " + e($0) } ?? "")"
          + factList(facts, others: letter.jsonValue, of: .letters) + sourceList(letter.sources) + "</li>"
      }
      body += "</ul>"
    }
    if phase == nil {
      // The steps after the signing, as reported, with how many members have any report; each
      // figure leads to the members it counts, listed below it.
      var page = sections(data.report, pipeline: PipelineReport(registry: registry, cohort: cohort.id), participants: [])
      page.stepLink = { "#" + ($1 == .signed ? "members" : "step-\($1.rawValue)") }
      if !page.funnel.isEmpty {
        body += "<h2>\(say(.sectionStages))</h2>\(page.funnel)"
        body += HTMLPage.stepLists(
          registry, cohorts: [cohort.id], language: language, anchor: { "step-\($1.rawValue)" },
          regionLink: { "../regions/\($0).html" })
      }
    }
    let map = IndonesiaMap.of(
      members, in: registry, colouring: .cohort, language: language, title: title, link: { "../regions/\($0).html" })
    body += "<h2>\(say(.siteMembers))</h2><div class=\"mapbox\">\(map.pageSVG)</div>"
    body += memberTable(members, data, prefix: "../")
    return page(path, title: title, body)
  }

  func memberTable(_ members: [Participant], _ data: PageData, prefix: String) -> String {
    var rows = ""
    for member in members.sorted(by: { ($0.regency.code, $0.cohort) < ($1.regency.code, $1.cohort) }) {
      let confidence = member.mouID.flatMap { id in data.mousByRegion[member.regency.code]?.first { $0.id == id }?.confidence }
      rows +=
        "<tr><td>\(member.regency.code)</td><td><a href=\"\(prefix)regions/\(member.regency.code).html\">\(e(member.regency.officialName))</a></td>"
        + "<td>\(e(member.provinceName))</td><td>\(e(member.cohort))</td>"
        + "<td data-sort=\"\(member.signedOn?.description ?? "")\">\(member.signedOn.map { e($0.text(in: language)) } ?? say(.siteNamedInLetter))</td>"
        + "<td>\(confidence.map { e($0.rawValue) } ?? "")</td><td>\(member.sources.count)</td></tr>\n"
    }
    return
      "<p class=\"search\"><label for=\"filter\">\(say(.siteFilterLabel))</label> <input id=\"filter\" type=\"search\" data-filter=\"members\" autocomplete=\"off\"> <span class=\"count\" aria-live=\"polite\"></span></p>"
      + table(
        id: "members",
        headings: [.columnCode, .columnRegion, .columnProvince, .columnCohort, .columnSigned, .columnConfidence, .columnSources],
        rows: rows)
  }

  func provincePage(_ province: Province, _ data: PageData) -> String {
    let regions = registry.regencies.filter { $0.province == province.code }.sorted { $0.code < $1.code }
    var rows = ""
    for regency in regions {
      let memberships = (data.byRegion[regency.code] ?? []).sorted { $0.cohort < $1.cohort }
      let status = memberships.isEmpty ? say(.mapNotAMember) : memberships.map { e($0.cohort) }.joined(separator: ", ")
      rows +=
        "<tr><td>\(regency.code)</td><td><a href=\"../regions/\(regency.code).html\">\(e(regency.officialName))</a></td><td>\(status)</td></tr>\n"
    }
    let members = regions.filter { data.byRegion[$0.code]?.contains { $0.status == .signed } == true }.count
    let participants = data.participants.filter { $0.regency.province == province.code }
    var map = IndonesiaMap.of(
      participants, in: registry, colouring: .cohort, language: language, province: province.code, title: province.name,
      link: { $0.hasPrefix(province.code + ".") ? "../regions/\($0).html" : nil })
    map.drawing = provinceDrawings[province.code]
    let body = """
      <h1>\(e(province.name)) (\(province.code))</h1>
      <p>\(say(.siteProvinceSummary, ["members": .number(members), "total": .number(regions.count)]))</p>
      <p class="muted">\(say(.siteCodeSource))</p>\(sourceList(province.sources))
      <div class="mapbox">\(map.pageSVG)</div>
      \(table(id: "regions", headings: [.columnCode, .columnRegion, .columnCohort], rows: rows))
      """
    return page("provinces/\(province.code).html", title: province.name, body)
  }

  /// A region's timeline: letters naming it, its MoUs with who signed and what they cover,
  /// the steps after the signing, quick wins, and every source with its evidence; the claims
  /// too weak to count, with why.
  func regionPage(_ regency: Regency, _ data: PageData) -> String {
    var entries: [(date: ReportedDate, order: Int, html: String)] = []
    for letter in registry.letters where letter.regencies.contains(regency.code) {
      var facts: [(Message, String)] = []
      if let issuer = letter.issuer { facts.append((.siteIssuer, e(issuer))) }
      if let note = letter.note { facts.append((.columnNote, e(note))) }
      let html =
        "<h3>\(e(letter.date.text(in: language))) · \(say(.recordLetter)) \(e(letter.number))</h3>"
        + "<p>\(say(.profileLetterCohort, ["cohort": .text(letter.cohort)]))\(letter.subject.map { ": " + e($0) } ?? "")</p>"
        + factList(facts, others: letter.jsonValue, of: .letters) + sourceList(letter.sources)
      entries.append((ReportedDate(letter.date), 0, html))
    }
    for mou in data.mousByRegion[regency.code] ?? [] {
      let signed = MoUAsSigned(mou, in: registry)
      let ceremony = signed.ceremony
      var facts: [(Message, String)] = [
        (.columnCohort, "<a href=\"\(link("../cohorts/\(mou.cohort).html"))\">\(e(mou.cohort))</a>")
      ]
      if let mode = signed.mode { facts.append((.siteMode, e(mode.rawValue))) }
      if let venue = signed.signedFrom { facts.append((.siteVenue, e(venue))) }
      if let signatory = mou.regionalSignatory { facts.append((.siteSignatory, e(signatory.summary(in: language)))) }
      for official in mou.accompaniedBy { facts.append((.siteAccompaniedBy, e(official.summary(in: language)))) }
      if let ministry = signed.ministrySignatory { facts.append((.siteCounterpart, e(ministry.summary(in: language)))) }
      if let presided = signed.presidedBy { facts.append((.sitePresidedBy, e(presided))) }
      if let ceremony {
        let place = [ceremony.venue, ceremony.city].compactMap { $0 }.map(e).joined(separator: ", ")
        facts.append(
          (
            .siteCeremony,
            "<span class=\"id\">\(e(ceremony.id))</span>, " + e(ceremony.date.text(in: language))
              + (place.isEmpty ? "" : ", " + place)
              + (ceremony.announcedSignatories.map { say(.profileSignedThatDay, ["count": .number($0)]) } ?? "")
              + (ceremony.note.map { "; " + e($0) } ?? "")
              + RecordFields.others(of: ceremony.jsonValue, in: .ceremonies).map { "; \(e($0.name)): \(e($0.value))" }.joined()
          ))
      }
      if let letter = mou.letter { facts.append((.siteLetters, e(letter))) }
      if let number = mou.number { facts.append((.siteMoUNumber, e(number))) }
      if !mou.scope.isEmpty {
        facts.append((.siteScope, mou.scope.map { e($0.summary.text(in: language)) }.joined(separator: "; ")))
      }
      if let area = mou.area { facts.append((.siteArea, e(area))) }
      if let confidence = mou.confidence { facts.append((.columnConfidence, e(confidence.rawValue))) }
      if let inferred = mou.inferred { facts.append((.columnInferred, e(inferred))) }
      if let note = mou.note { facts.append((.columnNote, e(note))) }
      let html =
        "<h3>\(e(mou.signedOn.text(in: language))) · \(say(.recordMoU)) <span class=\"id\">\(e(mou.id))</span></h3>"
        + factList(facts, others: mou.jsonValue, of: .mous) + sourceList(mou.sources, together: mou.evidence)
      entries.append((mou.signedOn, 1, html))
    }
    for milestone in registry.milestones where milestone.regency == regency.code {
      var when = e(milestone.date.text(in: language))
      if let until = milestone.until { when += "–" + e(until.text(in: language)) }
      var html =
        "<h3>\(when) · \(say(milestone.kind.title)) (\(say(.mapLegendCohort, ["cohort": .text(milestone.cohort)])))"
        + " <span class=\"id\">\(e(milestone.id))</span></h3>"
      if let note = milestone.note { html += "<p>\(e(note))</p>" }
      // The regulation that adopted a masterplan, with its number and year as the source gives them.
      html += factList(
        milestone.regulation.map { [(.siteRegulation, e($0))] } ?? [], others: milestone.jsonValue, of: .milestones)
      entries.append((milestone.date, 2, html + sourceList(milestone.sources, together: milestone.evidence)))
    }
    var body = "<h1>\(e(regency.officialName)) <span class=\"id\">(\(regency.code))</span></h1>"
    body +=
      "<p><a href=\"../provinces/\(regency.province).html\">\(e(data.provinceNames[regency.province] ?? regency.province))</a> · \(e(regency.kind.rawValue))</p>"
    body += "<p class=\"muted\">\(say(.siteCodeSource))</p>\(sourceList(regency.sources))"
    let memberships = data.byRegion[regency.code] ?? []
    body +=
      memberships.isEmpty
      ? "<p>\(say(.siteNotAMember))</p>" : "<p>\(say(.siteMemberOf, ["cohorts": .texts(memberships.map(\.cohort).sorted())]))</p>"
    if !entries.isEmpty {
      body += "<h2>\(say(.siteTimeline))</h2><ol class=\"timeline\">"
      body += entries.sorted { ($0.date, $0.order) < ($1.date, $1.order) }.map { "<li>\($0.html)</li>" }.joined() + "</ol>"
    }
    let quickWins = registry.quickWins.filter { $0.regency == regency.code }
    if !quickWins.isEmpty {
      body += "<h2>\(say(.profileQuickWins))</h2><ul>"
      for item in quickWins {
        var details = [say(item.status.title)]
        if let start = item.start { details.append(say(.profileFrom, ["date": .date(start)])) }
        if let end = item.end { details.append(say(.siteUntil, ["date": .date(end)])) }
        body +=
          "<li>\(e(item.pillar.name)): \(e(item.title)) (\(details.joined(separator: ", "))) <span class=\"id\">\(e(item.id))</span>"
        if let note = item.note { body += "<br>\(e(note))" }
        body += factList([], others: item.jsonValue, of: .quickWins) + sourceList(item.sources) + "</li>"
      }
      body += "</ul>"
    }
    let claims = registry.claims.filter { $0.regency == regency.code }
    if !claims.isEmpty {
      body += "<h2>\(say(.siteClaims))</h2><ul>"
      for claim in claims {
        let year = claim.year.map { " (\($0))" } ?? ""
        body +=
          "<li>\(say(.mapLegendCohort, ["cohort": .text(claim.cohort)]))\(year): \(e(claim.confidence.rawValue))\(claim.note.map { "; " + e($0) } ?? "")"
          + " <span class=\"id\">\(e(claim.id))</span>"
          + factList([], others: claim.jsonValue, of: .claims)
          + sourceList(claim.sources, together: claim.evidence) + "</li>"
      }
      body += "</ul>"
    }
    return page("regions/\(regency.code).html", title: regency.officialName, body)
  }

  /// Facts as a definition list, followed by the fields of the record the page does not lay out
  /// (see `RecordFields`) under their names; nothing when there is neither.
}
