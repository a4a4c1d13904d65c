package org.gongkai.portal;

import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.portal.search.CatalogueIndex;
import org.gongkai.portal.search.SearchQuery;
import org.gongkai.portal.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's full-text search over the published catalogue of every agency, with
 * filters, highlighting, paging and two orders. Every parameter is read leniently: what
 * does not parse is ignored, so no query a visitor types answers an error.
 */
@Controller
class SearchController {

	private final CatalogueIndex index;

	private final AgencyDirectory directory;

	private final PortalLinks links;

	SearchController(CatalogueIndex index, AgencyDirectory directory, PortalLinks links) {
		this.index = index;
		this.directory = directory;
		this.links = links;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String item, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String year, @RequestParam(required = false) String validity,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
		Long given = Params.id(agency);
		Long agencyId = given != null && directory.disclosing().stream().anyMatch(entry -> entry.id().equals(given))
				? given : null;
		var chosenValidity = Params.validity(validity);
		SearchQuery query = new SearchQuery(q, agencyId, Params.integer(item, 1, 15, null), Params.text(topic, 100),
				Params.integer(year, 2000, 2100, null), chosenValidity == null ? null : chosenValidity.name(),
				"date".equals(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
				Params.integer(page, 1, 1_000_000, 1), 10);
		SearchResult result = index.search(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("agencies", directory.disclosing());
		model.addAttribute("links", links);
		model.addAttribute("beyondEnd", query.page() > 1 && result.hits().isEmpty());
		return "portal/search";
	}

}
