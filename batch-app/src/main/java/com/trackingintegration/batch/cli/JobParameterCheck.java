package com.trackingintegration.batch.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters a job takes, checked before a run starts: a bad one is a usage error (exit 2, one line) and no
 * execution is created, so no {@code restart} is ever advised for it. A job without a check takes no parameter.
 */
public interface JobParameterCheck {

    String job();

    /** The names of the parameters the job knows; any other is refused (a typo is not an ignored parameter). */
    Set<String> names();

    /**
     * @return lines to tell the operator about the run (a value adjusted), empty for none
     * @throws com.trackingintegration.batch.config.InvalidConfigurationException naming the parameter at fault
     */
    List<String> check(Map<String, String> parameters);
}
