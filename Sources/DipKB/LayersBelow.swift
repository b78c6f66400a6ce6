// The dipkb executable is a thin layer of arguments over DipKB: the types it names from the
// layers below (Store and its errors and queries, the article files Intake reads, the
// extractor, Article and Day) reach it through this module, so that it depends on DipKB alone.
@_exported import ArticleModel
@_exported import Extraction
@_exported import Intake
@_exported import Store
