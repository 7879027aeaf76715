package dev.platter.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A rendered kustomization (base or overlay) as model objects, with look-ups by kind and name. */
final class Manifests {

    static final String BASE = "deploy/k8s/base";
    static final String INFRA = "deploy/k8s/infra";
    static final String DEV = "deploy/k8s/overlays/dev";
    static final String PROD = "deploy/k8s/overlays/prod";

    final String folder;
    final List<Map<String, Object>> documents;

    private Manifests(String folder, List<Map<String, Object>> documents) {
        this.folder = folder;
        this.documents = documents;
    }

    static Manifests render(String folder) {
        return new Manifests(folder, Kustomize.build(folder));
    }

    /** The built-in and Strimzi resources, parsed into their model types. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return documents.stream()
                .filter(document -> !Models.structural(document))
                .map(Models::parse)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name)
                .orElseThrow(
                        () -> new AssertionError(folder + " renders no " + type.getSimpleName() + " named " + name));
    }

    /** Custom resources checked structurally (CloudNativePG, ECK), as maps. */
    List<Map<String, Object>> custom(String kind) {
        return documents.stream()
                .filter(Models::structural)
                .filter(document -> kind.equals(document.get("kind")))
                .toList();
    }

    static Container app(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals("app"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(deployment.getMetadata().getName() + " has no container named 'app'"));
    }

    /**
     * The environment a service's container gets: every key of the ConfigMaps it loads ({@code envFrom}), then its
     * own {@code env} entries. Name → where it comes from ({@code configmap/<name>}, {@code secret/<name>},
     * {@code value}).
     */
    Map<String, String> environment(Deployment deployment) {
        var environment = new LinkedHashMap<String, String>();
        var container = app(deployment);
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                var name = source.getConfigMapRef().getName();
                get(ConfigMap.class, name).getData().keySet().forEach(key -> environment.put(key, "configmap/" + name));
            }
            if (source.getSecretRef() != null) {
                throw new AssertionError(deployment.getMetadata().getName()
                        + " loads a whole Secret (envFrom secretRef): reference each key in env instead");
            }
        }
        for (var variable : container.getEnv()) {
            var from = variable.getValueFrom();
            if (from != null && from.getSecretKeyRef() != null) {
                environment.put(
                        variable.getName(), "secret/" + from.getSecretKeyRef().getName());
            } else if (from != null && from.getConfigMapKeyRef() != null) {
                environment.put(
                        variable.getName(),
                        "configmap/" + from.getConfigMapKeyRef().getName());
            } else {
                environment.put(variable.getName(), "value");
            }
        }
        return environment;
    }

    /** The value a ConfigMap loaded by the service gives a variable (the service's own ConfigMap wins). */
    Optional<String> configValue(Deployment deployment, String variable) {
        String value = null;
        for (EnvFromSource source : app(deployment).getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                var data =
                        get(ConfigMap.class, source.getConfigMapRef().getName()).getData();
                if (data.containsKey(variable)) {
                    value = data.get(variable);
                }
            }
        }
        return Optional.ofNullable(value);
    }
}
