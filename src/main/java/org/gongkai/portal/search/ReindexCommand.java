package org.gongkai.portal.search;

import java.io.PrintStream;
import java.util.List;

import org.gongkai.disclosure.PublicCatalogue;
import org.gongkai.shared.CommandLineTask;
import org.springframework.stereotype.Component;

/**
 * The {@code reindex} command: asks every running instance to rebuild its search index
 * from the database (a row of entry 0 in the change log, which each instance's poll picks
 * up within seconds), and counts the public entries they will index. An instance started
 * later builds its index anyway.
 */
@Component
class ReindexCommand implements CommandLineTask {

	private final IndexFeed feed;

	private final PublicCatalogue catalogue;

	ReindexCommand(IndexFeed feed, PublicCatalogue catalogue) {
		this.feed = feed;
		this.catalogue = catalogue;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String usage() {
		return "reindex    各实例从数据库重建全文检索索引（写入重建请求，运行中的实例数秒内开始重建）";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			out.println("ERROR reindex 不带参数");
			return 2;
		}
		feed.requestRebuild();
		out.println("OK 已请求重建全文检索索引：" + catalogue.countPublic() + " 条已发布条目；运行中的各实例将在数秒内重建");
		return 0;
	}

}
