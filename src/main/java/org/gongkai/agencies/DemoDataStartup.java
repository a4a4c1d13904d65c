package org.gongkai.agencies;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the demo loader once the application is ready and tells other modules, which then
 * add their own demo records for the demo agencies.
 */
@Component
class DemoDataStartup {

	private final ObjectProvider<DemoData> demo;

	private final ApplicationEventPublisher events;

	DemoDataStartup(ObjectProvider<DemoData> demo, ApplicationEventPublisher events) {
		this.demo = demo;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext().getEnvironment().getProperty("gongkai.cli", Boolean.class, false)) {
			return; // a command-line task never seeds data
		}
		demo.ifAvailable(loader -> {
			if (loader.loadIfEmpty()) {
				events.publishEvent(new DemoAgenciesLoaded());
			}
		});
	}

}
