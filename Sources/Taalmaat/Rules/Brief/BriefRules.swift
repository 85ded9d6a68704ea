extension RuleRegistry {
    /// The Swift rules of this category, one file each, named after the rule id.
    static let letterRules: [any Rule] = [
        BriefAanhef(),
        BriefOpening(),
        BriefActie(),
        BriefTermijn(),
        BriefContactpersoon(),
        BriefHulpaanbod(),
        BriefVervolg(),
        BriefReageren(),
        BriefWetsartikel(),
        BriefLengte(),
    ]
}
