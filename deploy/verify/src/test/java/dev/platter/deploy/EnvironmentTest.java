package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable a service reads (the {@code ${NAME:default}} placeholders of its application.yml and of
 * the shared platter-defaults.yml) is provided to it, in Kubernetes and in docker-compose.yml alike, and secrets
 * only ever come from Secrets (Kubernetes) or from the operator's .env (compose). A failure names the variable, the
 * service, the file that reads it and the file to add it to.
 */
class EnvironmentTest {

    static final Manifests BASE = Manifests.render(Manifests.BASE);

    private static final Pattern COMPOSE_SECRET = Pattern.compile("\\$\\{[A-Z0-9_]+(:\\?[^}]*|:-)}");

    @Test
    void kubernetesProvidesEveryVariableEachServiceReads() {
        assertThat(missingInKubernetes(BASE)).isEmpty();
    }

    static List<String> missingInKubernetes(Manifests manifests) {
        var missing = new ArrayList<String>();
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var provided = manifests.environment(manifests.get(Deployment.class, module));
            Truth.variablesReadBy(service).forEach((variable, readIn) -> {
                if (provided.containsKey(variable)) {
                    return;
                }
                missing.add(
                        Truth.SECRET_NAME.matcher(variable).matches()
                                ? "%s: %s (read in %s) is not provided: it is a secret, add an env entry with a secretKeyRef to deploy/k8s/base/services/%s/deployment.yaml (and the Secret to deploy/README.md)"
                                        .formatted(module, variable, readIn, module)
                                : readIn.equals(Truth.SHARED_DEFAULTS)
                                        ? "%s: %s (read in %s) is not provided: add it to deploy/k8s/base/platform/configmap-shared.yaml"
                                                .formatted(module, variable, readIn)
                                        : "%s: %s (read in %s) is not provided: add it to deploy/k8s/base/services/%s/configmap.yaml"
                                                .formatted(module, variable, readIn, module));
            });
        }
        return missing;
    }

    @Test
    void composeProvidesEveryVariableEachServiceReads() {
        var missing = new ArrayList<String>();
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var environment = Compose.environment(module);
            Truth.variablesReadBy(service).forEach((variable, readIn) -> {
                if (!environment.containsKey(variable)) {
                    missing.add("%s: %s (read in %s) is not provided: add it to docker-compose.yml, %s"
                            .formatted(
                                    module,
                                    variable,
                                    readIn,
                                    readIn.equals(Truth.SHARED_DEFAULTS)
                                            ? "x-platter-shared"
                                            : "services." + module + ".environment"));
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void composeAndKubernetesConfigureEachServiceWithTheSameKeys() {
        var differences = new ArrayList<String>();
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var kubernetes = new TreeSet<>(
                    BASE.environment(BASE.get(Deployment.class, module)).keySet());
            var compose = new TreeSet<>(Compose.environment(module).keySet());
            var onlyKubernetes = new TreeSet<>(kubernetes);
            onlyKubernetes.removeAll(compose);
            var onlyCompose = new TreeSet<>(compose);
            onlyCompose.removeAll(kubernetes);
            if (!onlyKubernetes.isEmpty()) {
                differences.add(module + ": only in Kubernetes, add to docker-compose.yml: " + onlyKubernetes);
            }
            if (!onlyCompose.isEmpty()) {
                differences.add(module + ": only in docker-compose.yml, add to deploy/k8s: " + onlyCompose);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void secretsComeFromSecretsAndNeverFromConfigMaps() {
        var problems = new ArrayList<String>();
        for (var configMap : BASE.all(ConfigMap.class)) {
            configMap.getData().keySet().stream()
                    .filter(key -> Truth.SECRET_NAME.matcher(key).matches())
                    .forEach(key ->
                            problems.add("ConfigMap " + configMap.getMetadata().getName() + " holds " + key
                                    + ": reference it from a Secret in the Deployment instead"));
        }
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            BASE.environment(BASE.get(Deployment.class, module)).forEach((variable, source) -> {
                if (Truth.SECRET_NAME.matcher(variable).matches() && !source.startsWith("secret/")) {
                    problems.add(module + ": " + variable + " comes from " + source + ", not from a Secret");
                }
            });
            Compose.environment(module).forEach((variable, value) -> {
                if (Truth.SECRET_NAME.matcher(variable).matches()
                        && (value == null || !COMPOSE_SECRET.matcher(value).matches())) {
                    problems.add("docker-compose.yml " + module + ": " + variable + " must be ${" + variable
                            + ":?...} (a value from .env), not a value in the file");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSecretObjectOrValueIsCommitted() {
        var problems = new ArrayList<String>();
        for (var file : Repository.yamlFiles("deploy/k8s")) {
            for (var document : Repository.yamlDocuments(file)) {
                if ("Secret".equals(document.get("kind"))) {
                    problems.add(Repository.relative(file) + " commits Secret " + Kustomize.name(document));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySecretTheManifestsReferenceIsDocumentedForOps() {
        var readme = Repository.read("deploy/README.md");
        var referenced = new TreeSet<String>();
        for (var deployment : BASE.all(Deployment.class)) {
            for (var variable : Manifests.app(deployment).getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    var ref = variable.getValueFrom().getSecretKeyRef();
                    referenced.add(ref.getName() + "/" + ref.getKey());
                }
            }
        }
        var undocumented = new ArrayList<String>();
        for (var reference : referenced) {
            var name = reference.substring(0, reference.indexOf('/'));
            // One row documents the per-service database Secrets as platter-db-<service>.
            for (var database : Truth.databases()) {
                if (name.equals("platter-db-" + database)) {
                    name = "platter-db-<service>";
                }
            }
            var key = reference.substring(reference.indexOf('/') + 1);
            if (!readme.contains("`" + name + "`") || !readme.contains(key)) {
                undocumented.add(reference);
            }
        }
        assertThat(referenced).isNotEmpty();
        assertThat(undocumented)
                .as("Secrets (name/key) missing from deploy/README.md")
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCheckNamesTheMissingVariableTheServiceAndTheFileToAddItTo() {
        var manifests = Manifests.render(Manifests.BASE);
        var configMap = manifests.documents.stream()
                .filter(document -> "ConfigMap".equals(document.get("kind")))
                .filter(document -> Kustomize.name(document).equals("order-service-config"))
                .findFirst()
                .orElseThrow();
        ((java.util.Map<String, Object>) configMap.get("data")).remove("ORDER_PAYMENT_WINDOW");

        assertThat(missingInKubernetes(manifests))
                .containsExactly(
                        "order-service: ORDER_PAYMENT_WINDOW (read in order-service/src/main/resources/application.yml)"
                                + " is not provided: add it to deploy/k8s/base/services/order-service/configmap.yaml");
    }
}
