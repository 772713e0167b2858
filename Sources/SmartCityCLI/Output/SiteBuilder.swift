import ProgrammeCore

/// The registry as a static site: a front page with the map, the headline figures and the
/// reconciliation; a page per cohort and phase, per province and per region (all 514); an index
/// of the regions with search and sorting; where the data comes from; the exports as downloads;
/// in English under `en/` and Indonesian under `id/`. Every page works from `file://` and on any
/// static host, loads nothing from elsewhere, and reads with JavaScript off. The same registry
/// gives the same bytes: no dates of building.
struct SiteBuilder {
  var registry: Registry
  var language: Language
  /// Each province's outlines, made once for both languages.
  var provinceDrawings: [String: IndonesiaMap.Drawing] = [:]

  /// Every file of the site, by path relative to its folder.
  /// Every file of the site. With the address it will be published at, `sitemap.xml` lists
  /// every page's full address; without one there is no sitemap, since search engines take
  /// only full addresses and the site cannot know its own.
  static func files(for registry: Registry, publishedAt baseURL: String? = nil) -> [(path: String, bytes: [UInt8])] {
    var files: [(String, [UInt8])] = []
    let drawings = Dictionary(
      registry.provinces.map { ($0.code, IndonesiaMap.Drawing(geometry: .shipped, province: $0.code, width: 1000)) }
    ) { first, _ in first }
    for language in [Language.english, .indonesian] {
      let builder = SiteBuilder(registry: registry, language: language, provinceDrawings: drawings)
      for (path, text) in builder.pages() { files.append(("\(language.rawValue)/\(path)", Array(text.utf8))) }
    }
    files.append(("index.html", Array(SiteBuilder.languageChooser.utf8)))
    files += SiteBuilder.dataFiles(registry)
    if let baseURL { files.append(("sitemap.xml", Array(sitemap(files.map(\.0), at: baseURL).utf8))) }
    return files
  }

  // MARK: Pages

  /// The pages of one language, by path under the language's folder.
  func pages() -> [(String, String)] {
    let context = PageData(registry)
    var pages: [(String, String)] = [
      ("index.html", front(context)), ("regions.html", regionIndex(context)), ("about.html", about()),
    ]
    for cohort in registry.cohorts.sorted(by: { $0.id < $1.id }) {
      pages.append(("cohorts/\(cohort.id).html", cohortPage(cohort, phase: nil, context)))
      for phase in cohort.phases {
        pages.append(("cohorts/\(cohort.id)-\(phase.year).html", cohortPage(cohort, phase: phase, context)))
      }
    }
    for province in registry.provinces.sorted(by: { $0.code < $1.code }) {
      pages.append(("provinces/\(province.code).html", provincePage(province, context)))
    }
    for regency in registry.regencies.sorted(by: { $0.code < $1.code }) {
      pages.append(("regions/\(regency.code).html", regionPage(regency, context)))
    }
    return pages
  }

  /// What several pages need, computed once for all of them.
  struct PageData {
    var participants: [Participant]
    var byRegion: [String: [Participant]]
    var mousByRegion: [String: [MoU]]
    var report: ProgrammeReport
    var provinceNames: [String: String]

    init(_ registry: Registry) {
      participants = registry.participants()
      byRegion = Dictionary(grouping: participants, by: \.regency.code)
      mousByRegion = Dictionary(grouping: registry.mous, by: \.regency)
      report = ProgrammeReport(registry: registry)
      provinceNames = Dictionary(registry.provinces.map { ($0.code, $0.name) }) { first, _ in first }
    }
  }

  /// The HTML report's sections (headline, chart, funnel, tables), drawn the same on the site.
  /// The site shows no date of building, so the page's own date is never read.
  func sections(_ report: ProgrammeReport, pipeline: PipelineReport, participants: [Participant]) -> HTMLPage {
    HTMLPage(
      report: report, pipeline: pipeline, participants: participants, participantsSummary: [],
      generatedOn: CalendarDate(year: 2017, month: 1, day: 1)!, language: language)
  }

  func say(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
    HTMLPage.escape(Phrase(message, values).text(in: language))
  }

  func e(_ text: String) -> String { HTMLPage.escape(text) }
  /// A path of the site as an attribute holds it: percent-encoded, then escaped. Ids that name
  /// pages follow `RecordIdentifier`'s rule already; this keeps a link a link whatever reaches it.
  func link(_ path: String) -> String { e(Self.percentEncoded(path)) }

  /// A whole page: landmarks, the language switch, the navigation, the footer with the sources
  /// of the data and the boundaries.
  func page(_ path: String, title: String, _ body: String) -> String {
    let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
    let other: Language = language == .english ? .indonesian : .english
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(e(title)) · Gerakan Menuju Smart City</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <a class="skip" href="#main">\(say(.siteSkip))</a>
      <header>
      <nav aria-label="\(say(.siteNavigation))">
      <a href="\(root)index.html">\(say(.siteHome))</a>
      <a href="\(root)regions.html">\(say(.siteRegions))</a>
      <a href="\(root)about.html">\(say(.siteAbout))</a>
      <a href="\(root)../data/registry.json">\(say(.siteData))</a>
      <a class="lang" href="\(root)../\(other.rawValue)/\(path)" hreflang="\(other.rawValue)" lang="\(other.rawValue)">\(e(Message.siteOtherLanguage.text(in: language)))</a>
      </nav>
      </header>
      <main id="main">
      \(body)
      </main>
      <footer>
      <p>\(say(.siteFooter))</p>
      <p>\(e(MapGeometry.shipped.attribution))</p>
      </footer>
      <script>\(Self.script)</script>
      </body>
      </html>

      """
  }

  func front(_ data: PageData) -> String {
    let report = data.report
    var htmlPage = sections(report, pipeline: PipelineReport(registry: registry), participants: data.participants)
    // The front page's funnel figures lead to the cohort pages' lists of members.
    htmlPage.stepLink = { "cohorts/\($0).html#" + ($1 == .signed ? "members" : "step-\($1.rawValue)") }
    // The years' counts lead to the regions they count, listed on this page.
    htmlPage.countLink = { table, row, key in table == "year" ? HTMLPage.countAnchor(table, row, key).map { "#" + $0 } : nil }
    let map = IndonesiaMap.of(
      data.participants, in: registry, colouring: .cohort, language: language,
      title: Phrase(.mapTitle, ["regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions)]).text(
        in: language),
      link: { "regions/\($0).html" })
    var cohorts = "<ul class=\"cols\">"
    for line in report.cohorts {
      let file = line.phaseYear.map { "\(line.id)-\($0)" } ?? line.id
      let name =
        line.phaseYear.map { Phrase(.sitePhase, ["cohort": .text(line.id), "phase": .number($0)]).text(in: language) }
        ?? Phrase(.mapLegendCohort, ["cohort": .text(line.id)]).text(in: language)
      cohorts += "<li><a href=\"\(link("cohorts/\(file).html"))\">\(e(name))</a>: \(e(line.coverage.text(in: language)))</li>"
    }
    cohorts += "</ul>"
    var provinces = "<ul class=\"cols\">"
    for province in registry.provinces.sorted(by: { $0.code < $1.code }) {
      let regions = registry.regencies.filter { $0.province == province.code }
      let members = regions.filter { data.mousByRegion[$0.code] != nil }.count
      provinces += "<li><a href=\"provinces/\(province.code).html\">\(e(province.name))</a>: \(members)/\(regions.count)</li>"
    }
    provinces += "</ul>"
    let body = """
      <h1>\(say(.htmlTitle))</h1>
      \(htmlPage.headline)
      <p>\(say(.siteIntro, ["regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions), "mous": .number(report.mous)]))</p>
      <form class="search" action="regions.html" role="search"><label for="q">\(say(.siteSearchLabel))</label> <input id="q" name="q" type="search" autocomplete="off"> <button type="submit">\(say(.siteSearchButton))</button></form>
      <section aria-labelledby="map-h"><h2 id="map-h">\(say(.siteMapHeading))</h2>
      <div class="mapbox">\(map.pageSVG)</div></section>
      <section aria-labelledby="rec-h"><h2 id="rec-h">\(say(.sectionReconciliation))</h2>
      \(reconciliation(report, htmlPage))</section>
      <section aria-labelledby="chart-h"><h2 id="chart-h">\(say(.htmlChartHeading))</h2>
      <div class="chartbox">\(htmlPage.chart)</div>
      \(htmlPage.table(ReportTables.years(report)))
      \(HTMLPage.countLists(registry, language: language, regionLink: { "regions/\($0).html" }, only: .years))</section>
      <section aria-labelledby="co-h"><h2 id="co-h">\(say(.htmlCohortsHeading))</h2>\(cohorts)</section>
      <section aria-labelledby="st-h"><h2 id="st-h">\(say(.sectionStages))</h2>\(htmlPage.funnel)</section>
      <section aria-labelledby="pr-h"><h2 id="pr-h">\(say(.siteProvinces))</h2>\(provinces)</section>
      """
    return page("index.html", title: Message.htmlTitle.text(in: language), body)
  }

  /// The announced totals against the registry: the figures as a table, and what explains
  /// each gap as a sentence under it (a sentence in a cell makes a phone's table unreadable).
  func reconciliation(_ report: ProgrammeReport, _ htmlPage: HTMLPage) -> String {
    let figures = ReportTables.reconciliation(report).selecting([
      "year", "announcedRegencies", "announcedMous", "announcedRepeats", "registeredRegencies", "registeredMous", "notYetKnown",
      "beyondAnnounced",
    ])
    let explanations = report.reconciliation.map { line in
      var facts: [(Message, String)] = []
      if let stated = line.stated { facts.append((.columnStated, e(stated.text(in: language)))) }
      if let note = line.note { facts.append((.columnNote, e(note))) }
      if let inferred = line.inferences { facts.append((.columnInferred, e(inferred.text(in: language)))) }
      return
        "<li><strong>\(line.year)</strong>: \(e(line.explanation.text(in: language)))\(factList(facts))\(sourceList(line.sources))</li>"
    }
    return htmlPage.table(figures) + "<ul class=\"explain\">" + explanations.joined() + "</ul>"
  }

  /// All 514 regions in one table, searchable and sortable, readable without JavaScript.
  func regionIndex(_ data: PageData) -> String {
    var rows = ""
    for regency in registry.regencies.sorted(by: { $0.code < $1.code }) {
      let memberships = (data.byRegion[regency.code] ?? []).sorted { $0.cohort < $1.cohort }
      let cohorts = memberships.map { "<a href=\"\(link("cohorts/\($0.cohort).html"))\">\(e($0.cohort))</a>" }.joined(
        separator: ", ")
      let signed = memberships.compactMap(\.signedOn).min().map { e($0.text(in: language)) } ?? ""
      rows +=
        "<tr><td>\(regency.code)</td><td><a href=\"regions/\(regency.code).html\">\(e(regency.officialName))</a></td>"
        + "<td><a href=\"provinces/\(regency.province).html\">\(e(data.provinceNames[regency.province] ?? regency.province))</a></td>"
        + "<td>\(cohorts)</td><td data-sort=\"\(memberships.compactMap(\.signedOn).min()?.description ?? "")\">\(signed)</td></tr>\n"
    }
    let body = """
      <h1>\(say(.siteRegionsHeading))</h1>
      <p>\(say(.siteRegionsIntro))</p>
      <p class="search"><label for="filter">\(say(.siteFilterLabel))</label> <input id="filter" type="search" data-filter="regions" autocomplete="off"> <span class="count" aria-live="polite"></span></p>
      \(table(id: "regions", headings: [.columnCode, .columnRegion, .columnProvince, .columnCohort, .columnSigned], rows: rows))
      """
    return page("regions.html", title: Message.siteRegionsHeading.text(in: language), body)
  }

  func table(id: String, headings: [Message], rows: String) -> String {
    "<div class=\"scroll\"><table id=\"\(id)\" class=\"sortable\"><thead><tr>"
      + headings.map { "<th scope=\"col\">\(say($0))</th>" }.joined() + "</tr></thead><tbody>\n\(rows)</tbody></table></div>"
  }

  func factList(_ facts: [(Message, String)], others record: JSONValue? = nil, of collection: Collection? = nil) -> String {
    let others = record.flatMap { record in collection.map { RecordFields.others(of: record, in: $0) } } ?? []
    let rows =
      facts.map { "<dt>\(say($0.0))</dt><dd>\($0.1)</dd>" } + others.map { "<dt>\(e($0.name))</dt><dd>\(e($0.value))</dd>" }
    return rows.isEmpty ? "" : "<dl>" + rows.joined() + "</dl>"
  }

  /// Sources as a list: a link where there is an address, the publisher, the date, and what
  /// the source states; then what the sources state together, where the record gives one
  /// paraphrase for them all (credited to no one page).
  func sourceList(_ sources: [Source], together: String? = nil) -> String {
    guard !sources.isEmpty else { return "<p class=\"muted\">\(say(.htmlUnsourced))</p>" }
    return "<ul class=\"sources\">"
      + sources.map { source in
        var parts: [String] = []
        let label = e(source.title ?? source.publisher ?? source.url ?? "")
        if let url = source.url, source.isOpenable {
          parts.append("<a href=\"\(e(url))\">\(label)</a>")
        } else {
          parts.append(label)
        }
        if source.title != nil, let publisher = source.publisher { parts.append(e(publisher)) }
        // An address no browser opens is still what the source gives: shown as text.
        if let url = source.url, !source.isOpenable, source.title != nil || source.publisher != nil { parts.append(e(url)) }
        if let date = source.date { parts.append(e(date.text(in: language))) }
        var item = parts.joined(separator: ", ")
        if let evidence = source.evidence { item += "<br><q>\(e(evidence))</q>" }
        if let note = source.note { item += " <span class=\"muted\">(\(e(note)))</span>" }
        return "<li>\(item)</li>"
      }.joined() + "</ul>"
      + (together.map { "<p class=\"sources\">\(say(.siteEvidenceTogether)) <q>\(e($0))</q></p>" } ?? "")
  }

  func about() -> String {
    let geometry = MapGeometry.shipped
    // The six pillars the programme names, each with what it covers and where that is stated.
    let pillars = registry.pillars.map { pillar in
      "<li><strong>\(e(pillar.name))</strong>\(pillar.summary.map { ": " + e($0) } ?? "")"
        + factList([], others: pillar.jsonValue, of: .pillars) + sourceList(pillar.sources) + "</li>"
    }
    let body = """
      <h1>\(say(.siteAbout))</h1>
      <h2>\(say(.sitePillars))</h2>
      <ul>\(pillars.joined())</ul>
      <h2>\(say(.siteData))</h2>
      <p>\(say(.siteAboutData))</p>
      <p>\(say(.siteDataLicence, ["attribution": .text(StoreDescription.attribution)])) <a href="https://creativecommons.org/licenses/by/4.0/" hreflang="en">creativecommons.org/licenses/by/4.0</a></p>
      <ul>
      <li><a href="../data/registry.json">registry.json</a> · <a href="../data/datapackage.json">datapackage.json</a></li>
      <li><a href="../data/regions.geojson">regions.geojson</a> (\(say(.siteGeoJSON)))</li>
      \(Collection.allCases.map { CollectionSchema.of($0).tableName }.map { "<li><a href=\"../data/\($0).csv\">\($0).csv</a></li>" }.joined(separator: "\n"))
      </ul>
      <h2>\(say(.siteBoundaries))</h2>
      <p>\(e(geometry.attribution))</p>
      <p>\(e(geometry.source))</p>
      <pre>\(e(Self.boundariesLicence))</pre>
      """
    return page("about.html", title: Message.siteAbout.text(in: language), body)
  }

  // MARK: Files

  static let languageChooser = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="refresh" content="0; url=en/index.html">
    <title>Gerakan Menuju Smart City</title>
    </head>
    <body>
    <main>
    <h1>Gerakan Menuju Smart City</h1>
    <ul><li><a href="en/index.html" hreflang="en">English</a></li><li><a href="id/index.html" hreflang="id" lang="id">Bahasa Indonesia</a></li></ul>
    </main>
    </body>
    </html>

    """

  /// The downloads: the whole registry as JSON, each collection as CSV, the regions as
  /// GeoJSON, the boundaries' licence, and the data package that describes exactly these files
  /// (the CSV tables with their Table Schemas and keys; the others as files).
  static func dataFiles(_ registry: Registry) -> [(String, [UInt8])] {
    var members: [String: JSONValue] = ["format": .string(Store.formatName), "version": JSONValue(Store.formatVersion)]
    for collection in Collection.allCases { members[collection.rawValue] = .array(registry.records(of: collection)) }
    var files: [(String, [UInt8])] = [("data/registry.json", JSONWriter().bytes(for: .object(members)))]
    for table in TableFolder.files(for: registry) { files.append(("data/" + table.name, table.bytes)) }
    files.append(("data/regions.geojson", JSONWriter().bytes(for: GeoJSONWriter().value(for: registry))))
    files.append(("data/LICENSE-wilayah_boundaries.txt", Array(boundariesLicence.utf8)))
    // The description of exactly these files: the tables with their schemas, and the others.
    let package = TableFolder.package(others: [
      ("registry.json", "registry", "json", "application/json"),
      ("regions.geojson", "regions", "geojson", "application/geo+json"),
      ("LICENSE-wilayah_boundaries.txt", "boundaries-licence", "txt", "text/plain"),
    ])
    files.append(("data/datapackage.json", JSONWriter().bytes(for: package)))
    return files
  }

  /// The list of pages for search engines, each by its full address under `baseURL` (which
  /// ends in `/`).
  static func sitemap(_ paths: [String], at baseURL: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
      + paths.filter { $0.hasSuffix(".html") }.sorted().map {
        "<url><loc>\(HTMLPage.escape(baseURL + percentEncoded($0)))</loc></url>\n"
      }.joined()
      + "</urlset>\n"
  }

  /// A path as an address writes it: every byte but letters, digits, `-._~` and `/` as `%XX`.
  static func percentEncoded(_ path: String) -> String {
    var text = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        text.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        text += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
      }
    }
    return text
  }

  static let boundariesLicence = """
    MIT License
    Copyright (c) 2024 Cahya DSN
    Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
    The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

    """

  static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;line-height:1.45;overflow-wrap:break-word}\
    header,main,footer{max-width:70rem;margin:0 auto;padding:0 1rem}\
    header nav{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:.8rem 0;border-bottom:1px solid #d0d7de}\
    nav .lang{margin-left:auto}a{color:#0550ae}a:focus,input:focus,button:focus,th:focus{outline:3px solid #bf8700;outline-offset:2px}\
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem}\
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem;margin:.2rem 0}\
    .lead{font-size:1.05rem;max-width:48rem}.muted,footer{color:#57606a;font-size:.9rem}.id{color:#57606a;font-weight:normal}\
    table{border-collapse:collapse;font-size:.9rem;margin:.8rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}\
    th{background:#f6f8fa}th[aria-sort]::after{content:" \\2195"}td.n{text-align:right}.scroll{overflow-x:auto;max-width:100%}\
    svg.map,svg.chart{max-width:100%;height:auto}.map path:hover,.map a:focus path{stroke:#000;stroke-width:1.2}\
    figure.funnel{margin:1rem 0}figure.funnel figcaption{font-size:.9rem;margin-bottom:.3rem}\
    .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem}\
    .cols{columns:16rem;padding-left:1.2rem}.timeline{list-style:none;padding:0}.timeline>li{border-left:3px solid #d0d7de;padding:.2rem 0 .6rem .8rem}\
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}dt{color:#57606a}dd{margin:0;overflow-wrap:anywhere}\
    .sources{font-size:.9rem;overflow-wrap:anywhere}q{color:#3d444d}.search input{font-size:1rem;max-width:100%}pre{white-space:pre-wrap;overflow-wrap:anywhere}\
    @media print{header nav,.search,.skip{display:none}a{color:inherit}}
    """

  /// Sorting by a column's heading (or by a link: `#sort=2` by the second column, `#sort=2-`
  /// descending), filtering a table as one types, a search handed over from the front page
  /// (`regions.html?q=…` or `#q=…`); the pages read the same without it.
  static let script = """
    (function(){
    function key(c){return (c.getAttribute('data-sort')||c.textContent).trim().toLowerCase()}
    document.querySelectorAll('table.sortable th').forEach(function(th,i){th.tabIndex=0;th.setAttribute('aria-sort','none');
    function sort(){var t=th.closest('table'),b=t.tBodies[0],up=th.getAttribute('aria-sort')!=='ascending';
    Array.prototype.slice.call(b.rows).sort(function(x,y){var r=key(x.cells[i]).localeCompare(key(y.cells[i]),undefined,{numeric:true});return up?r:-r}).forEach(function(r){b.appendChild(r)});
    t.querySelectorAll('th').forEach(function(h){h.setAttribute('aria-sort','none')});th.setAttribute('aria-sort',up?'ascending':'descending')}
    th.addEventListener('click',sort);th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort()}})});
    var s=/[#&]sort=(\\d+)(-?)/.exec(location.hash),first=document.querySelector('table.sortable');
    if(s&&first){var h=first.querySelectorAll('th')[s[1]-1];if(h){h.click();if(s[2])h.click()}}
    function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase()}
    document.querySelectorAll('input[data-filter]').forEach(function(input){var t=document.getElementById(input.getAttribute('data-filter')),out=input.parentNode.querySelector('.count');
    function run(){var q=fold(input.value.trim()),n=0;Array.prototype.forEach.call(t.tBodies[0].rows,function(r){var show=!q||fold(r.textContent).indexOf(q)>=0;r.hidden=!show;if(show)n++});if(out)out.textContent=n+' / '+t.tBodies[0].rows.length}
    input.addEventListener('input',run);var m=/[?#&]q=([^&]*)/.exec(location.search+location.hash);if(m){var q=m[1].replace(/\\+/g,' ');try{q=decodeURIComponent(q)}catch(e){}input.value=q;run()}});
    if(location.hash.indexOf('check')>=0){var d=document.documentElement;d.setAttribute('data-overflow',String(d.scrollWidth>d.clientWidth))}
    })();
    """
}

// MARK: - Messages

extension Message {
  static let siteSkip = Message(
    english: "Skip to the content",
    indonesian: "Langsung ke isi")
  static let siteIntro = Message(
    english: "{regions} of {total} kabupaten/kota in the programme, {mous} {mous|MoU|MoUs} registered.",
    indonesian: "{regions} dari {total} kabupaten/kota dalam program, {mous} nota kesepakatan tercatat.")
  static let siteNavigation = Message(
    english: "Site",
    indonesian: "Situs")
  static let siteHome = Message(
    english: "Home",
    indonesian: "Beranda")
  static let siteRegions = Message(
    english: "All regions",
    indonesian: "Semua daerah")
  static let siteAbout = Message(
    english: "About the data",
    indonesian: "Tentang data")
  static let siteData = Message(
    english: "Download",
    indonesian: "Unduh")
  static let siteOtherLanguage = Message(
    english: "Bahasa Indonesia",
    indonesian: "English")
  static let siteFooter = Message(
    english:
      "Every record cites its sources; where the registry knows nothing, it says so. Made with smartcity from the registry's files.",
    indonesian:
      "Setiap entri menyebut sumbernya; bila registri tidak mengetahui sesuatu, ia mengatakannya. Dibuat dengan smartcity dari berkas registri."
  )
  static let sitePhase = Message(
    english: "Cohort {cohort}, phase {phase}",
    indonesian: "Angkatan {cohort}, fase {phase}")
  static let siteSearchLabel = Message(
    english: "Find a region",
    indonesian: "Cari daerah")
  static let siteSearchButton = Message(
    english: "Search",
    indonesian: "Cari")
  static let siteProvinces = Message(
    english: "Provinces: members of all regions",
    indonesian: "Provinsi: anggota dari semua daerah")
  static let siteRegionsHeading = Message(
    english: "The 514 kabupaten and kota",
    indonesian: "514 kabupaten dan kota")
  static let siteRegionsIntro = Message(
    english: "Every region with its cohorts and first signing; a click on a heading sorts by it.",
    indonesian: "Setiap daerah dengan angkatan dan penandatanganan pertamanya; klik judul kolom untuk mengurutkan.")
  static let siteFilterLabel = Message(
    english: "Filter",
    indonesian: "Saring")
  static let siteCeremonies = Message(
    english: "Signing ceremonies",
    indonesian: "Seremoni penandatanganan")
  static let siteLetters = Message(
    english: "Selection letters",
    indonesian: "Surat penetapan")
  static let siteMembers = Message(
    english: "Members",
    indonesian: "Anggota")
  static let siteNamedInLetter = Message(
    english: "named in a letter, no MoU recorded",
    indonesian: "disebut dalam surat, belum ada nota kesepakatan")
  static let siteProvinceSummary = Message(
    english: "{members} of its {total} kabupaten/kota are in the programme.",
    indonesian: "{members} dari {total} kabupaten/kota-nya ada dalam program.")
  static let siteMode = Message(
    english: "Mode",
    indonesian: "Cara")
  static let siteCeremony = Message(
    english: "Ceremony",
    indonesian: "Seremoni")
  static let siteVenue = Message(
    english: "Signed from",
    indonesian: "Ditandatangani di")
  static let siteSignatory = Message(
    english: "Signed by",
    indonesian: "Ditandatangani oleh")
  static let siteAccompaniedBy = Message(
    english: "Accompanied by",
    indonesian: "Didampingi oleh")
  static let siteCounterpart = Message(
    english: "For the ministry",
    indonesian: "Untuk kementerian")
  static let sitePresidedBy = Message(
    english: "Presided by",
    indonesian: "Dipimpin oleh")
  static let siteMoUNumber = Message(
    english: "MoU number",
    indonesian: "Nomor nota kesepakatan")
  static let siteScope = Message(
    english: "Scope",
    indonesian: "Ruang lingkup")
  static let siteCodeSource = Message(
    english: "Code and name from:",
    indonesian: "Kode dan nama dari:")
  static let sitePillars = Message(
    english: "The six pillars",
    indonesian: "Enam pilar")
  static let siteYears = Message(
    english: "Years",
    indonesian: "Tahun")
  static let siteIssuer = Message(
    english: "Issuer",
    indonesian: "Penerbit")
  static let siteUntil = Message(
    english: "until {date}",
    indonesian: "sampai {date}")
  static let siteArea = Message(
    english: "Area",
    indonesian: "Kawasan")
  static let siteNotAMember = Message(
    english: "Not a member: no MoU and no selection letter of this region is recorded.",
    indonesian: "Bukan anggota: tidak ada nota kesepakatan maupun surat penetapan daerah ini yang tercatat.")
  static let siteMemberOf = Message(
    english: "Member of cohort {cohorts}.",
    indonesian: "Anggota angkatan {cohorts}.")
  static let siteRegulation = Message(
    english: "Regulation",
    indonesian: "Peraturan")
  static let siteEvidenceTogether = Message(
    english: "What these sources state together:",
    indonesian: "Yang dinyatakan sumber-sumber ini bersama-sama:")
  static let siteTimeline = Message(
    english: "Timeline, with sources",
    indonesian: "Linimasa, dengan sumber")
  static let siteClaims = Message(
    english: "Reports too weak to count",
    indonesian: "Laporan yang terlalu lemah untuk dihitung")
  static let siteAboutData = Message(
    english:
      "The registry is kept as plain JSON files; every record cites its sources with what they state. The region codes and names are Kemendagri's. The files below are the whole registry, as JSON and as CSV for spreadsheets, with their description (a Frictionless Data Package).",
    indonesian:
      "Registri disimpan sebagai berkas JSON biasa; setiap entri menyebut sumbernya beserta isinya. Kode dan nama daerah mengikuti Kemendagri. Berkas di bawah ini adalah seluruh registri, sebagai JSON dan CSV untuk spreadsheet, dengan deskripsinya (Frictionless Data Package)."
  )
  static let siteGeoJSON = Message(
    english: "the 514 regions' boundaries with their membership, for QGIS and other map tools",
    indonesian: "batas 514 daerah beserta keanggotaannya, untuk QGIS dan alat peta lain")
  static let siteDataLicence = Message(
    english:
      "The registry's data is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): you may share and adapt it, for any purpose, crediting \u{201C}{attribution}\u{201D}. The map's boundaries keep their own MIT licence, below.",
    indonesian:
      "Data registri diterbitkan dengan lisensi Creative Commons Atribusi 4.0 (CC BY 4.0): Anda boleh membagikan dan mengadaptasinya, untuk tujuan apa pun, dengan mencantumkan \u{201C}{attribution}\u{201D}. Batas wilayah peta tetap berlisensi MIT sendiri, di bawah."
  )
  static let siteBoundaries = Message(
    english: "Boundaries on the maps",
    indonesian: "Batas wilayah pada peta")
  static let profileLetterCohort = Message(
    english: "Selected for cohort {cohort}",
    indonesian: "Ditetapkan untuk angkatan {cohort}")
}
