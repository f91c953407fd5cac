package de.smartcitysearch.opensearch;

import de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin;
import java.util.Collection;
import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A real in-process cluster as a user runs one for the product: the analysis plugin on every node
 * and real HTTP, which OpenSearch's Java client (and so the product) speaks.
 */
public abstract class EventClusterTestCase extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(SmartCityAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // the Java client needs the real HTTP transport
  }

  /** The settings of this index as the cluster holds them (shards, replicas, analysis). */
  protected Settings settingsOf(String index) {
    return client()
        .admin()
        .indices()
        .prepareGetIndex()
        .addIndices(index)
        .get()
        .getSettings()
        .get(index);
  }
}
