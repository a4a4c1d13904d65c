package org.gongkai.calendar.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The module's public paths, for web slice tests outside this package. */
@TestConfiguration(proxyBeanMethods = false)
@Import(CalendarWebConfiguration.class)
public class CalendarWebSlice {

}
